import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { type OutboundActivity, toOutboundActivity } from "./toOutboundActivity.ts";

/**
 * Stored messages of one conversation as the Direct Line activities its client sees, leaving out
 * what is not shown (conversation starts). Inbound messages carry the id the client gave them (the
 * store keeps it as their externalId), so Web Chat matches its own message's echo.
 */
export function toActivities(
  messages: StoredMessage[],
  target: { directLineId: string; lang: Lang },
  channelWords: (lang: Lang) => ChannelWords,
): OutboundActivity[] {
  const activities: OutboundActivity[] = [];
  for (const message of messages) {
    const activity = toOutboundActivity(message, target.directLineId, target.lang, channelWords(target.lang));
    if (activity) activities.push(activity);
  }
  return activities;
}
