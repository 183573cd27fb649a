import type { Turn } from "../dialog/Turn.ts";
import { provinceButtons } from "../place/provinceButtons.ts";
import { actionTitles } from "./actionTitles.ts";
import { showVerdict } from "./showVerdict.ts";
import { showVerdictChange } from "./showVerdictChange.ts";

/** The eligibility engine chooses the next question (the one that settles most); none left: verdict. */
export function askNextQuestion(turn: Turn, lead?: string, pending?: string): void {
  const audience = turn.state.audience;
  if (!audience) throw new Error("askNextQuestion without an audience");
  const assessment = turn.deps.knowledge.assess(audience, turn.state.profile, turn.state.lang, pending);
  const next = assessment.next;
  if (!next) {
    if (turn.state.verdictShown) showVerdictChange(turn, assessment);
    else showVerdict(turn, assessment);
    return;
  }
  turn.state.step = { kind: "interview", field: next.field };
  // The province is asked with the 12 provinces and "Altro" as buttons, like every other question.
  const buttons =
    next.field === "province"
      ? provinceButtons(turn.deps.content.territory, turn.r.place.other_button)
      : next.buttons;
  // After a verdict, a change that brings an action back into play says which one before asking.
  const reopened = turn.state.verdictShown
    ? assessment.verdicts
        .filter((v) => v.status === "unknown" && !turn.state.recommended.includes(v.action))
        .map((v) => v.action)
    : [];
  if (reopened.length > 0) {
    turn.say(turn.fill(turn.r.repair.verdict_reopened, { actions: actionTitles(turn, reopened) }));
    turn.actions = reopened;
  }
  turn.say(lead ? turn.fill(lead, { question: next.text }) : next.text, { buttons });
}
