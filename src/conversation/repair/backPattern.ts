import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { goBack } from "../forms/goBack.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { saysMostly } from "./saysMostly.ts";

/** "Indietro" in the interview as in forms: the previous question again, its answer forgotten. */
export function backPattern(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): boolean {
  const wanted = command?.id === "back" || (command === undefined && saysMostly(message, "back", 0.6));
  if (!wanted) return false;
  const step = turn.state.step;
  if (step.kind === "form_field" || step.kind === "form_review") {
    if (!turn.state.form) return false;
    goBack(turn);
    return true;
  }
  if (step.kind !== "interview" || !turn.state.audience) return false;
  turn.intent = "eligibility_check";
  const previous = turn.state.interviewTrail.pop();
  if (!previous) {
    askNextQuestion(turn, `${turn.r.repair.at_first_question} {question}`);
    return true;
  }
  turn.state.profile = previous;
  askNextQuestion(turn);
  return true;
}
