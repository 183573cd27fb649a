import { z } from "zod";
import { RatingTriggerSchema } from "./RatingTriggerSchema.ts";
import { VoteSchema } from "./VoteSchema.ts";

/** Longest "what was missing" kept: a sentence or two, enough to understand what the answer lacked. */
export const MAX_COMMENT_LENGTH = 500;

/**
 * What a feedback turn asks the store to keep, with no personal data: the vote on a message (the
 * store takes the intent and answer key from the stored reply itself), the masked comment on it,
 * and the conversation's rating (a skipped rating has no score).
 */
export const FeedbackWriteSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("vote"), messageId: z.string().regex(/^\d{1,18}$/), vote: VoteSchema }),
  z.object({
    kind: z.literal("comment"),
    messageId: z.string().regex(/^\d{1,18}$/),
    comment: z.string().min(1).max(MAX_COMMENT_LENGTH),
  }),
  z.object({
    kind: z.literal("rating"),
    trigger: RatingTriggerSchema,
    score: z.number().int().min(1).max(5).nullable(),
  }),
]);
export type FeedbackWrite = z.infer<typeof FeedbackWriteSchema>;
