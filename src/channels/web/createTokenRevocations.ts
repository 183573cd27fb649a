import { BoundedMap } from "../../kernel/BoundedMap.ts";

export type TokenRevocations = ReturnType<typeof createTokenRevocations>;

/**
 * Tokens are stateless signatures, so voiding them (erasure, conversation closed) is a time kept
 * on the conversation: a token issued before it no longer works. The lookup is cached for
 * `ttlMs` per conversation, so a chat in use costs one query every few seconds, not one per call;
 * another instance's revocation takes effect within that time.
 */
export function createTokenRevocations(
  lookup: (directLineId: string) => Promise<Date | undefined>,
  options: { ttlMs?: number; now?: () => number; maxEntries?: number } = {},
) {
  const ttlMs = options.ttlMs ?? 3_000;
  const now = options.now ?? Date.now;
  const cache = new BoundedMap<string, { at: Promise<Date | undefined>; until: number }>(
    options.maxEntries ?? 20_000,
  );
  const revokedAt = (directLineId: string): Promise<Date | undefined> => {
    const cached = cache.get(directLineId);
    if (cached && cached.until > now()) return cached.at;
    const at = lookup(directLineId);
    at.catch(() => cache.delete(directLineId));
    cache.set(directLineId, { at, until: now() + ttlMs });
    return at;
  };
  return {
    /** Whether a token of `directLineId` issued at `iat` (seconds) is void `graceSeconds` after its revocation. */
    async isRevoked(directLineId: string, iat: number, graceSeconds = 0): Promise<boolean> {
      const at = await revokedAt(directLineId);
      if (!at) return false;
      const revokedSeconds = Math.floor(at.getTime() / 1000);
      return iat <= revokedSeconds && Math.floor(now() / 1000) >= revokedSeconds + graceSeconds;
    },
  };
}
