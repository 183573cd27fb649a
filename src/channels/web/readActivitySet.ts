import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import { toActivities } from "./toActivities.ts";
import type { OutboundActivity } from "./toOutboundActivity.ts";

export interface ActivitySet {
  activities: OutboundActivity[];
  /** The id of the last stored message read: the next read starts after it. */
  watermark: string | undefined;
  /** True when the page was full and more messages may follow. */
  more: boolean;
}

/**
 * One page of a conversation after a watermark, as Direct Line activities. The watermark moves
 * past messages that are not shown (conversation starts), so a client never reads them twice.
 * Messages in `alreadySent` (a stream's turns sent as committed) move the watermark too, but are
 * not converted again: a stream's periodic read is mostly made of them.
 */
export async function readActivitySet(
  gateway: ConversationGateway,
  target: { conversationId: string; directLineId: string; lang: Lang },
  watermark: string | undefined,
  channelWords: (lang: Lang) => ChannelWords,
  limit = 100,
  alreadySent?: ReadonlySet<string>,
): Promise<ActivitySet> {
  const messages = await gateway.history(target.conversationId, watermark, limit);
  const unsent = alreadySent ? messages.filter((message) => !alreadySent.has(message.id)) : messages;
  return {
    activities: toActivities(unsent, target, channelWords),
    watermark: messages.at(-1)?.id ?? watermark,
    more: messages.length >= limit,
  };
}
