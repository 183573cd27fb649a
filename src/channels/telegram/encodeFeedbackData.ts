import type { Vote } from "../../conversation/feedback/VoteSchema.ts";
import { FEEDBACK_PREFIX } from "./encodeCallbackData.ts";

/** The callback data of the 👍 / 👎 under a rateable answer: the stored message and the vote. */
export function encodeFeedbackData(messageId: string, vote: Vote): string {
  return `${FEEDBACK_PREFIX}${messageId}:${vote === "up" ? "u" : "d"}`;
}
