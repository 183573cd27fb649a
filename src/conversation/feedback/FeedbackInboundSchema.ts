import { z } from "zod";
import { VoteSchema } from "./VoteSchema.ts";

/**
 * A press on the helpful / not helpful controls of a reply, as channels report it: an event, not
 * text, so it never reaches the understanding nor shows in the transcript. `messageId` is the
 * stored id of the rated reply; the store checks that it belongs to the conversation and is rateable.
 */
export const FeedbackInboundSchema = z.object({
  kind: z.literal("feedback"),
  messageId: z.string().regex(/^\d{1,18}$/),
  vote: VoteSchema,
});
export type FeedbackInbound = z.infer<typeof FeedbackInboundSchema>;
