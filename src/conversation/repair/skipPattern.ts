import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { saysMostly } from "./saysMostly.ts";

/**
 * "Salta", "non lo so", "preferisco non dirlo": an optional form field is left empty (the form
 * flow does that for the command); an interview question cannot be skipped, since the verdict
 * depends on it, so it is explained and asked again.
 */
export function skipPattern(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): CommandMatch | "handled" | undefined {
  const wanted = command?.id === "skip" || (command === undefined && saysMostly(message, "skip", 0.6));
  if (!wanted) return undefined;
  const step = turn.state.step;
  if (step.kind === "form_field") return { id: "skip" };
  if (step.kind === "interview" && turn.state.audience) {
    turn.intent = "eligibility_check";
    askNextQuestion(turn, `${turn.r.repair.not_skippable} {question}`);
    return "handled";
  }
  return undefined;
}
