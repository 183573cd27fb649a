import type { FeedbackInbound } from "../../conversation/feedback/FeedbackInboundSchema.ts";
import { BUTTON_REFERENCE_PREFIX, FEEDBACK_PREFIX } from "./encodeCallbackData.ts";

export type DecodedCallbackData =
  | { kind: "value"; value: string }
  | { kind: "reference"; messageId: string; index: number }
  | FeedbackInbound;

const FEEDBACK = /^(\d{1,18}):([ud])$/;

const REFERENCE = /^(\d{1,19}):(\d{1,3})$/;

/** The inverse of `encodeCallbackData` and `encodeFeedbackData`; a malformed reference is taken as typed text. */
export function decodeCallbackData(data: string): DecodedCallbackData {
  if (data.startsWith(FEEDBACK_PREFIX)) {
    const match = FEEDBACK.exec(data.slice(FEEDBACK_PREFIX.length));
    if (match?.[1]) return { kind: "feedback", messageId: match[1], vote: match[2] === "u" ? "up" : "down" };
  }
  if (data.startsWith(BUTTON_REFERENCE_PREFIX)) {
    const match = REFERENCE.exec(data.slice(BUTTON_REFERENCE_PREFIX.length));
    if (match?.[1] && match[2]) return { kind: "reference", messageId: match[1], index: Number(match[2]) };
  }
  return { kind: "value", value: data };
}
