import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { EchoLedger } from "./createEchoLedger.ts";
import { type OutboundActivity, toOutboundActivity } from "./toOutboundActivity.ts";

/**
 * Stored messages of one conversation as the Direct Line activities its client sees, leaving out
 * what is not shown (conversation starts). Inbound messages carry the client's id, from the store
 * or from the ledger, so Web Chat matches its own message's echo.
 */
export function toActivities(
  messages: StoredMessage[],
  target: { directLineId: string; lang: Lang },
  channelWords: (lang: Lang) => ChannelWords,
  ledger?: EchoLedger,
): OutboundActivity[] {
  const activities: OutboundActivity[] = [];
  for (const message of messages) {
    const clientId =
      message.direction === "in" && message.externalId === undefined
        ? ledger?.clientIdOf(target.directLineId, message)
        : undefined;
    const activity = toOutboundActivity(
      message,
      target.directLineId,
      target.lang,
      channelWords(target.lang),
      clientId,
    );
    if (activity) activities.push(activity);
  }
  return activities;
}
