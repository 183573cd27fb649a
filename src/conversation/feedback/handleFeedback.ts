import { copyPlainData } from "../../kernel/copyPlainData.ts";
import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { FeedbackInbound } from "./FeedbackInboundSchema.ts";
import { feedbackReply } from "./feedbackReply.ts";

/**
 * A vote on an answer. Always stored (the store counts it once per message: a second press changes
 * it). "Not helpful" asks what was missing, optionally, and offers a person; "helpful" says nothing
 * more, the channel shows the pressed control. While staff handle the conversation the bot stays quiet.
 */
export function handleFeedback(
  inbound: FeedbackInbound,
  state: ConversationState,
  context: TurnContext,
  deps: TurnDeps,
): TurnResult {
  const next = copyPlainData(state);
  const effects: TurnResult["effects"] = [
    { kind: "feedback", write: { kind: "vote", messageId: inbound.messageId, vote: inbound.vote } },
  ];
  if (inbound.vote === "up") {
    if (next.feedback.awaitingComment === inbound.messageId) delete next.feedback.awaitingComment;
    return { replies: [], state: next, effects };
  }
  if (context.handoff !== "none" || next.feedback.awaitingComment === inbound.messageId) {
    return { replies: [], state: next, effects };
  }
  const r = deps.content.responses[next.lang].feedback;
  next.feedback.awaitingComment = inbound.messageId;
  const buttons = [
    { label: r.skip, value: r.skip },
    { label: r.person, value: r.person },
  ];
  return { replies: [feedbackReply(r.ask_missing, buttons)], state: next, effects };
}
