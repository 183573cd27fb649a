import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import { readCardPress } from "../../conversation/cards/readCardPress.ts";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { fillTemplate } from "../../conversation/responses/fillTemplate.ts";
import type { ChannelData } from "../../conversation/turn.ts";
import { findLinks } from "../shared/findLinks.ts";
import { staffLabel } from "../shared/staffLabel.ts";
import { suggestedButtons } from "../shared/suggestedButtons.ts";
import { toMarkdown } from "../shared/toMarkdown.ts";
import { type AdaptiveCardAttachment, toAdaptiveCard } from "./toAdaptiveCard.ts";
import { type FeedbackEntity, toFeedbackEntity } from "./toFeedbackEntity.ts";

export interface OutboundActivity {
  type: "message";
  id: string;
  timestamp: string;
  channelId: "directline";
  conversation: { id: string };
  from: { id: string; name?: string; role: "bot" | "user" };
  locale: "it-IT" | "en-US";
  text: string;
  /** The user's own echo is plain; what the bot and staff say is Markdown, for clickable links. */
  textFormat: "plain" | "markdown";
  suggestedActions?: { actions: Array<{ type: "imBack"; title: string; value: string }> };
  attachments?: AdaptiveCardAttachment[];
  attachmentLayout?: "list";
  channelData?: (ChannelData & { "webchat:fallback-text"?: string }) | { clientActivityID: string };
  /** Web Chat's own thumbs up / down on a rateable answer. */
  entities?: FeedbackEntity[];
}

/** Inbound messages the web channel stored for a conversation start: never shown as the user's. */
export const START_EXTERNAL_ID_PREFIX = "dl-start:";

/**
 * A stored message as the Direct Line activity Web Chat renders: bot and staff replies with
 * suggested actions, Adaptive Cards and the reply's channelData unchanged; the user's own message
 * echoed, as Direct Line does. Returns undefined for what the user must not see. Screen readers
 * hear who wrote a message (`channel.bot_wrote`, `channel.staff_wrote`) instead of Web Chat's "Il bot
 * CB ha detto".
 */
export function toOutboundActivity(
  message: StoredMessage,
  conversationId: string,
  lang: Lang,
  words: ChannelWords,
): OutboundActivity | undefined {
  const locale: OutboundActivity["locale"] = lang === "en" ? "en-US" : "it-IT";
  const base: Omit<OutboundActivity, "from" | "text"> = {
    type: "message",
    id: message.id,
    timestamp: message.createdAt.toISOString(),
    channelId: "directline",
    conversation: { id: conversationId },
    locale,
    textFormat: "plain",
  };
  if (message.direction === "in") {
    // The Direct Line client's own id of the message (`clientActivityID`): Web Chat needs it back on
    // the echo to mark its message as sent instead of showing it twice.
    const { externalId } = message;
    if (externalId?.startsWith(START_EXTERNAL_ID_PREFIX) || message.text.trim() === "") return undefined;
    // A card button's value names its card: the transcript shows the button's label.
    return {
      ...base,
      from: { id: `dl_${conversationId}`, role: "user" },
      text: readCardPress(message.text)?.label ?? message.text,
      ...(externalId ? { channelData: { clientActivityID: externalId } } : {}),
    };
  }
  const reply = message.reply;
  const byStaff = message.direction === "staff";
  const label = staffLabel(reply, words);
  const from: OutboundActivity["from"] = byStaff
    ? { id: "staff", name: label, role: "bot" }
    : { id: "conciliabot", name: "Conciliabot", role: "bot" };
  const plain = reply?.text ?? message.text;
  if (!plain && !reply?.card) return undefined;
  // A staff reply opens with who wrote it, in bold; chat.js gives it the staff member's avatar.
  const text = byStaff ? `**${toMarkdown(label)}**  \n${toMarkdown(plain)}` : toMarkdown(plain);
  const spoken = findLinks(plain)
    .map((piece) => piece.text)
    .join("");
  const fallback = byStaff
    ? fillTemplate(words.staff_wrote, { label, text: spoken })
    : fillTemplate(words.bot_wrote, { text: spoken });
  const activity: OutboundActivity = { ...base, from, text, textFormat: "markdown" };
  const buttons = reply ? suggestedButtons(reply) : [];
  if (buttons.length > 0) {
    activity.suggestedActions = {
      actions: buttons.map((button) => ({ type: "imBack", title: button.label, value: button.value })),
    };
  }
  if (reply?.card) {
    activity.attachments = [toAdaptiveCard(reply.card)];
    activity.attachmentLayout = "list";
  }
  activity.channelData = {
    ...(reply?.channelData ?? {}),
    ...(plain ? { "webchat:fallback-text": fallback } : {}),
  };
  if (reply?.channelData.feedback && message.direction === "bot")
    activity.entities = [toFeedbackEntity(message.id)];
  return activity;
}
