import { createHash } from "node:crypto";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";

/** Texts are kept as short digests: the ledger must not become a store of users' messages. */
function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

export type EchoLedger = ReturnType<typeof createEchoLedger>;

interface Entry {
  pending: Array<{ textDigest: string; clientId: string; at: number }>;
  assigned: BoundedMap<string, string>;
}

const KEEP_MS = 10 * 60_000;
const MAX_PER_CONVERSATION = 50;

/**
 * Web Chat marks a message as sent only when its echo carries the `clientActivityID` it chose.
 * When the gateway's stored messages do not expose the channel's external id, this ledger
 * remembers, per conversation and on this instance, the client ids of recent posts and gives
 * them to the stored inbound messages with the same text, in order. Bounded and short-lived.
 */
export function createEchoLedger(maxConversations = 10_000, now: () => number = Date.now) {
  const conversations = new BoundedMap<string, Entry>(maxConversations);
  const entryOf = (directLineId: string): Entry => {
    const entry = conversations.get(directLineId) ?? {
      pending: [],
      assigned: new BoundedMap(MAX_PER_CONVERSATION),
    };
    conversations.set(directLineId, entry);
    return entry;
  };
  return {
    /** Notes a message this instance is about to hand to the gateway, with its client id. */
    expect(directLineId: string, text: string, clientId: string): void {
      const entry = entryOf(directLineId);
      const fresh = now() - KEEP_MS;
      entry.pending = entry.pending.filter((p) => p.at > fresh && p.clientId !== clientId);
      if ([...entry.assigned.values()].includes(clientId)) return;
      entry.pending.push({ textDigest: digest(text), clientId, at: now() });
      if (entry.pending.length > MAX_PER_CONVERSATION) entry.pending.shift();
    },
    /** The client id of a stored inbound message, when this instance saw it arrive. */
    clientIdOf(directLineId: string, message: StoredMessage): string | undefined {
      const entry = conversations.get(directLineId);
      if (!entry) return undefined;
      const known = entry.assigned.get(message.id);
      if (known) return known;
      const wanted = digest(message.text);
      const index = entry.pending.findIndex((p) => p.textDigest === wanted);
      const match = entry.pending[index];
      if (!match) return undefined;
      entry.pending.splice(index, 1);
      entry.assigned.set(message.id, match.clientId);
      return match.clientId;
    },
  };
}
