import { z } from "zod";
import { MAX_TEXT_LENGTH } from "../../conversation/turn.ts";

/**
 * A message whose text is over the limit (the box in the page stops at it, other clients may
 * not): it is not passed on, and the person is told why instead of getting an error and silence.
 */
export const TooLongMessageSchema = z.object({
  type: z.literal("message"),
  id: z
    .string()
    .max(100)
    .regex(/^[\w.:|-]+$/)
    .optional(),
  channelData: z
    .object({
      clientActivityID: z
        .string()
        .max(100)
        .regex(/^[\w.:|-]+$/)
        .optional(),
    })
    .optional(),
  text: z.string().min(MAX_TEXT_LENGTH + 1),
});
