import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";

/**
 * "Ok acconsento", "certo, procedi pure", "sure, go ahead", "no preferisco di no": a yes or a no
 * in natural wording, where the conversation waits for one (consent, review, erasure, a yes/no
 * question), read as the yes or no button.
 */
export function naturalCommand(turn: Turn, message: DialogueMessage): CommandMatch | undefined {
  const step = turn.state.step.kind;
  const waitsForYesNo =
    turn.state.confirmingErase || step === "form_consent" || step === "form_review" || step === "interview";
  if (!waitsForYesNo) return undefined;
  const yes = message.acts.affirm?.coverage ?? 0;
  const no = message.acts.deny?.coverage ?? 0;
  if (message.question && Math.max(yes, no) < 0.75) return undefined;
  if (yes >= 0.5 && yes > no) return { id: "yes" };
  if (no >= 0.5 && no >= yes) return { id: "no" };
  return undefined;
}
