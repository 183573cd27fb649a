import { z } from "zod";
import { RatingTriggerSchema } from "./RatingTriggerSchema.ts";

/**
 * What the conversation remembers about feedback: the answer whose "what was missing" question is
 * pending (the next message may answer it), and whether the end-of-conversation rating was asked
 * (asked once, ever) and is still awaited.
 */
export const FeedbackStateSchema = z.object({
  awaitingComment: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  rating: z.object({ trigger: RatingTriggerSchema, pending: z.boolean() }).optional(),
});
