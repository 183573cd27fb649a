import type { Lang } from "../../conversation/ids.ts";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { ChannelData } from "../../conversation/turn.ts";
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
  textFormat: "plain";
  suggestedActions?: { actions: Array<{ type: "imBack"; title: string; value: string }> };
  attachments?: AdaptiveCardAttachment[];
  attachmentLayout?: "list";
  channelData?: ChannelData | { clientActivityID: string };
  /** Web Chat's own thumbs up / down on a rateable answer. */
  entities?: FeedbackEntity[];
}

/** Inbound messages the web channel stored for a conversation start: never shown as the user's. */
export const START_EXTERNAL_ID_PREFIX = "dl-start:";

const STAFF_NAME: Record<Lang, string> = { it: "Operatore del programma", en: "Programme staff" };

/**
 * The gateway may expose the channel's id of a stored inbound message (the Direct Line client's
 * `clientActivityID`): Web Chat needs it back on the echo of the user's own message to mark it
 * as sent instead of showing it twice.
 */
function externalIdOf(message: StoredMessage): string | undefined {
  if (typeof message.externalId === "string") return message.externalId;
  return undefined;
}

/**
 * A stored message as the Direct Line activity Web Chat renders: bot and staff replies with
 * suggested actions, Adaptive Cards and the reply's channelData unchanged; the user's own message
 * echoed, as Direct Line does. Returns undefined for what the user must not see.
 */
export function toOutboundActivity(
  message: StoredMessage,
  conversationId: string,
  lang: Lang,
  knownClientId?: string,
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
    const externalId = externalIdOf(message) ?? knownClientId;
    if (externalId?.startsWith(START_EXTERNAL_ID_PREFIX) || message.text.trim() === "") return undefined;
    return {
      ...base,
      from: { id: `dl_${conversationId}`, role: "user" },
      text: message.text,
      ...(externalId ? { channelData: { clientActivityID: externalId } } : {}),
    };
  }
  const reply = message.reply;
  const from: OutboundActivity["from"] =
    message.direction === "staff"
      ? { id: "staff", name: STAFF_NAME[lang], role: "bot" }
      : { id: "conciliabot", name: "Conciliabot", role: "bot" };
  const text = reply?.text ?? message.text;
  if (!text && !reply?.card) return undefined;
  const activity: OutboundActivity = { ...base, from, text };
  if (reply && reply.buttons.length > 0) {
    activity.suggestedActions = {
      actions: reply.buttons.map((button) => ({ type: "imBack", title: button.label, value: button.value })),
    };
  }
  if (reply?.card) {
    activity.attachments = [toAdaptiveCard(reply.card)];
    activity.attachmentLayout = "list";
  }
  if (reply) activity.channelData = reply.channelData;
  if (reply?.channelData.feedback && message.direction === "bot")
    activity.entities = [toFeedbackEntity(message.id)];
  return activity;
}
