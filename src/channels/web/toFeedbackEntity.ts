/**
 * The schema.org Message entity that makes Web Chat 4.18 show its own thumbs up / down under a bot
 * message (the activity status' feedback). Each action's `@id` names the stored message, because
 * the event Web Chat posts on a press carries the pressed action and nothing else.
 */
export interface FeedbackEntity {
  type: "https://schema.org/Message";
  "@context": "https://schema.org";
  "@id": "";
  "@type": "Message";
  potentialAction: Array<{ "@type": "LikeAction" | "DislikeAction"; "@id": string }>;
}

export const FEEDBACK_ACTION_PREFIX = "conciliabot:feedback:";

export function toFeedbackEntity(messageId: string): FeedbackEntity {
  return {
    type: "https://schema.org/Message",
    "@context": "https://schema.org",
    "@id": "",
    "@type": "Message",
    potentialAction: [
      { "@type": "LikeAction", "@id": `${FEEDBACK_ACTION_PREFIX}${messageId}` },
      { "@type": "DislikeAction", "@id": `${FEEDBACK_ACTION_PREFIX}${messageId}` },
    ],
  };
}
