import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askNextQuestion } from "../interview/askNextQuestion.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { saysMostly } from "./saysMostly.ts";

/**
 * "Salta", "non lo so", "preferisco non dirlo": an optional form field is left empty (the form
 * flow does that for the command); an interview question is not asked again, and the verdict
 * says what stays uncertain without it.
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
    const profile = turn.state.profile;
    turn.state.interviewTrail.push(profile);
    turn.state.profile = {
      ...profile,
      skipped_questions: [...(profile.skipped_questions ?? []), step.field],
    };
    turn.say(turn.r.repair.skipped);
    askNextQuestion(turn);
    return "handled";
  }
  return undefined;
}
