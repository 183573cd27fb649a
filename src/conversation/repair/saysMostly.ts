import type { ActId } from "../../content/vocabulary/ActId.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";

/**
 * The message is essentially this act: its cues cover at least `share` of the meaningful words.
 * "Sì, va benissimo, manda pure" is an agreement; "sì ma quanto vale il voucher?" is a question.
 */
export function saysMostly(message: DialogueMessage, act: ActId, share = 0.5): boolean {
  const reading = message.acts[act];
  return reading !== undefined && reading.coverage >= share;
}
