import type { ActId } from "./ActId.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";

/**
 * What the message says after the act's first cue: "anzi siamo in 3" → "siamo in 3", "e a
 * Lodi?" → "a lodi". Empty when the cue is the whole message.
 */
export function wordsAfter(message: DialogueMessage, act: ActId): string {
  const span = message.acts[act]?.spans[0];
  if (!span) return message.words.join(" ");
  return message.words.slice(span.end).join(" ");
}
