import type { Turn } from "../dialog/Turn.ts";
import { showVerdict } from "./showVerdict.ts";

/** The eligibility engine chooses the next question (the one that settles most); none left: verdict. */
export function askNextQuestion(turn: Turn, lead?: string): void {
  const audience = turn.state.audience;
  if (!audience) throw new Error("askNextQuestion without an audience");
  const assessment = turn.deps.knowledge.assess(audience, turn.state.profile, turn.state.lang);
  const next = assessment.next;
  if (!next) {
    showVerdict(turn, assessment);
    return;
  }
  turn.state.step = { kind: "interview", field: next.field };
  turn.say(lead ? turn.fill(lead, { question: next.text }) : next.text, { buttons: next.buttons });
}
