import type { Turn } from "../dialog/Turn.ts";
import { provinceButtons } from "../place/provinceButtons.ts";
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
  // The province is asked with the 12 provinces and "Altro" as buttons, like every other question.
  const buttons =
    next.field === "province"
      ? provinceButtons(turn.deps.content.territory, turn.r.place.other_button)
      : next.buttons;
  turn.say(lead ? turn.fill(lead, { question: next.text }) : next.text, { buttons });
}
