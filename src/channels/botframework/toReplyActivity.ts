import type { Activity } from "botbuilder";
import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { Reply } from "../../conversation/turn.ts";
import { staffLabel } from "../shared/staffLabel.ts";
import { suggestedButtons } from "../shared/suggestedButtons.ts";
import { toAdaptiveCard } from "./toAdaptiveCard.ts";
import { toFeedbackCard } from "./toFeedbackCard.ts";
import { toLinksCard } from "./toLinksCard.ts";

export interface ReplyItem {
  /** The stored message's id: a rateable answer's feedback buttons name it. */
  id?: string;
  reply: Reply;
  direction?: "in" | "bot" | "staff" | "system";
}

/**
 * A channel-neutral reply as a message Activity: plain text (user-written text is never read as
 * markup), buttons as suggested actions (imBack: pressing one sends its value as the user's
 * message), the card as an Adaptive Card, web and email addresses as Action.OpenUrl buttons, and
 * the reply's channelData unchanged.
 */
export function toReplyActivity(
  item: ReplyItem,
  options: { lang?: Lang; userId?: string; staff: ChannelWords },
): Partial<Activity> {
  const { reply } = item;
  const lang = options.lang ?? "it";
  const text = item.direction === "staff" ? `${staffLabel(reply, options.staff)}: ${reply.text}` : reply.text;
  const buttons = suggestedButtons(reply);
  const activity: Partial<Activity> = {
    type: "message",
    text,
    textFormat: "plain",
    locale: lang === "en" ? "en-US" : "it-IT",
    inputHint: reply.buttons.length > 0 ? "expectingInput" : "acceptingInput",
    channelData: reply.channelData,
  };
  if (buttons.length > 0) {
    activity.suggestedActions = {
      to: options.userId ? [options.userId] : [],
      actions: buttons.map((button) => ({ type: "imBack", title: button.label, value: button.value })),
    };
  }
  if (reply.card) activity.attachments = [toAdaptiveCard(reply.card)];
  const links = toLinksCard([reply.text, reply.card?.text, ...(reply.card?.facts ?? []).map((f) => f.value)]);
  if (links) activity.attachments = [...(activity.attachments ?? []), links];
  if (item.id && item.direction === "bot" && reply.channelData.feedback) {
    activity.attachments = [...(activity.attachments ?? []), toFeedbackCard(item.id)];
  }
  return activity;
}
