import type { Turn } from "../dialog/Turn.ts";
import type { Audience } from "../state/Audience.ts";
import { askNextQuestion } from "./askNextQuestion.ts";
import { interviewLead } from "./interviewLead.ts";

/**
 * One of the menu's doors: the eligibility interview for that audience. Changing door keeps only
 * the territory, since a firm's answers say nothing about a family.
 */
export function startInterview(turn: Turn, audience: Audience): void {
  const state = turn.state;
  if (state.audience !== undefined && state.audience !== audience) {
    const { province, comune } = state.profile;
    state.profile = {
      ...(province === undefined ? {} : { province }),
      ...(comune === undefined ? {} : { comune }),
    };
    state.recommended = [];
    state.verdictShown = false;
  }
  state.audience = audience;
  state.form = undefined;
  turn.intent = "eligibility_check";
  turn.say(interviewLead(turn, audience));
  askNextQuestion(turn);
}
