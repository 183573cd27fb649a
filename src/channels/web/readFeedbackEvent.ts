import { z } from "zod";
import type { FeedbackInbound } from "../../conversation/feedback/FeedbackInboundSchema.ts";
import { FEEDBACK_ACTION_PREFIX } from "./toFeedbackEntity.ts";

/** The event Web Chat 4.18 posts half a second after a thumb is pressed. */
export const FEEDBACK_EVENT_NAME = "webchat:activity-status/feedback";

const PressedActionSchema = z.object({
  "@type": z.enum(["LikeAction", "DislikeAction"]),
  "@id": z.string().regex(new RegExp(`^${FEEDBACK_ACTION_PREFIX}\\d{1,18}$`)),
});

/**
 * The vote in Web Chat's feedback event: the pressed action (see toFeedbackEntity) names the
 * message. Undefined for any other event, or an action this service did not send.
 */
export function readFeedbackEvent(activity: {
  name: string;
  entities?: unknown[] | undefined;
}): FeedbackInbound | undefined {
  if (activity.name !== FEEDBACK_EVENT_NAME) return undefined;
  const action = PressedActionSchema.safeParse(activity.entities?.[0]);
  if (!action.success) return undefined;
  return {
    kind: "feedback",
    messageId: action.data["@id"].slice(FEEDBACK_ACTION_PREFIX.length),
    vote: action.data["@type"] === "LikeAction" ? "up" : "down",
  };
}
