import type { ActionId } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askNextQuestion } from "./askNextQuestion.ts";
import { verdictButtons } from "./verdictButtons.ts";

/**
 * "Cos'è lo smart working?" after the verdict: the action was just described; say whether it fits
 * from the answers already given (with the reason when it does not) instead of the whole verdict
 * again. An action the verdict left undecided gets the question that decides it.
 */
export function sayActionFit(turn: Turn, action: ActionId): void {
  const audience = turn.state.audience;
  if (!audience) return;
  const assessment = turn.deps.knowledge.assess(audience, turn.state.profile, turn.state.lang);
  const verdict = assessment.verdicts.find((v) => v.action === action);
  if (!verdict) return;
  if (verdict.status === "unknown") {
    turn.state.profile = { ...turn.state.profile, interests: [action] };
    askNextQuestion(turn);
    return;
  }
  const r = turn.r.repair;
  const why = verdict.reasons.length > 0 ? ` – ${verdict.reasons.join(" ")}` : ".";
  const fits = verdict.status === "eligible";
  turn.say(fits ? r.action_fits : turn.fill(r.action_not_fit, { why }), {
    buttons: verdictButtons(turn, fits),
  });
}
