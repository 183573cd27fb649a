import { z } from "zod";
import { sanitizeUserText } from "../sanitizeUserText.ts";
import { MAX_TEXT_LENGTH } from "../turn.ts";

/**
 * A typed message longer than the limit, whatever channel carried it: the dialog does not read
 * it, the user is told why (`answerTooLong`). What is kept of it is cut at the limit, so the
 * staff transcript shows what was sent without storing an unbounded text.
 */
export const TooLongInboundSchema = z.object({
  kind: z.literal("too_long"),
  text: z.string().transform((text) => `${sanitizeUserText(text).slice(0, MAX_TEXT_LENGTH - 1)}…`),
});
