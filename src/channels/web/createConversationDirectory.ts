import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";

export type ConversationDirectory = ReturnType<typeof createConversationDirectory>;

/**
 * Direct Line ids are the web channel's `externalKey`. Every REST call and WebSocket needs the
 * gateway's id; it rarely changes (only if a purge removed the conversation), so a bounded cache
 * with a short life spares a query per call.
 */
export function createConversationDirectory(
  gateway: ConversationGateway,
  options: { maxEntries?: number; ttlMs?: number; now?: () => number } = {},
) {
  const { maxEntries = 20_000, ttlMs = 5 * 60_000, now = Date.now } = options;
  const cache = new BoundedMap<string, { id: Promise<string>; until: number }>(maxEntries);
  return {
    /** The gateway's conversation for a Direct Line conversation id, created on first use. */
    resolve(directLineId: string): Promise<string> {
      const cached = cache.get(directLineId);
      if (cached && cached.until > now()) return cached.id;
      const id = gateway.open("web", directLineId).then((opened) => opened.conversationId);
      id.catch(() => cache.delete(directLineId));
      cache.set(directLineId, { id, until: now() + ttlMs });
      return id;
    },
  };
}
