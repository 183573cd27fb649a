import { z } from "zod";
import type { FeedbackInbound } from "../../conversation/feedback/FeedbackInboundSchema.ts";
import { VoteSchema } from "../../conversation/feedback/VoteSchema.ts";

const FeedbackValueSchema = z.object({
  conciliabotFeedback: z.object({ messageId: z.string().regex(/^\d{1,18}$/), vote: VoteSchema }),
});

/** The vote in the value of a feedback card action (toFeedbackCard); undefined for any other value. */
export function readFeedbackValue(value: unknown): FeedbackInbound | undefined {
  const parsed = FeedbackValueSchema.safeParse(value);
  return parsed.success ? { kind: "feedback", ...parsed.data.conciliabotFeedback } : undefined;
}
