import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { InboundRecord } from "../../conversation/ports/ConversationStore.ts";

/**
 * The inbound message of a committed turn as a later read would return it, built from what the
 * commit wrote and the id the database gave it: channels show it (Web Chat's echo) without
 * reading the conversation back.
 */
export function toStoredInbound(
  conversationId: string,
  id: string,
  inbound: InboundRecord,
  now: Date,
): StoredMessage {
  return {
    id,
    conversationId,
    direction: inbound.direction,
    text: inbound.text,
    ...(inbound.direction === "in" && inbound.externalId !== undefined
      ? { externalId: inbound.externalId }
      : {}),
    createdAt: now,
  };
}
