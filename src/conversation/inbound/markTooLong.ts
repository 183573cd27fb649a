import { sanitizeUserText } from "../sanitizeUserText.ts";
import { MAX_TEXT_LENGTH } from "../turn.ts";

/**
 * Before parsing what a channel hands over: a text message over the limit becomes a `too_long`
 * inbound (answered politely, never cut and read as if complete). Anything else passes unchanged.
 */
export function markTooLong(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  if (!("kind" in input) || input.kind !== "text" || !("text" in input) || typeof input.text !== "string")
    return input;
  if (input.text.length <= MAX_TEXT_LENGTH || sanitizeUserText(input.text).length <= MAX_TEXT_LENGTH)
    return input;
  return { kind: "too_long", text: input.text };
}
