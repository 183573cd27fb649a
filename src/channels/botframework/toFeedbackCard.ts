import type { Attachment } from "botbuilder";
import type { Vote } from "../../conversation/feedback/VoteSchema.ts";

/** The card action's value for a vote: read back by readFeedbackValue. */
function feedbackValue(
  messageId: string,
  vote: Vote,
): { conciliabotFeedback: { messageId: string; vote: Vote } } {
  return { conciliabotFeedback: { messageId, vote } };
}

/**
 * Helpful / not helpful under a rateable answer, as card actions (messageBack): a press sends the
 * value only, no text, so nothing shows as the user's words and the service receives a vote.
 */
export function toFeedbackCard(messageId: string): Attachment {
  return {
    contentType: "application/vnd.microsoft.card.hero",
    content: {
      buttons: [
        { type: "messageBack", title: "👍", value: feedbackValue(messageId, "up") },
        { type: "messageBack", title: "👎", value: feedbackValue(messageId, "down") },
      ],
    },
  };
}
