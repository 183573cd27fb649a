import { BoundedMap } from "../../kernel/BoundedMap.ts";

/**
 * Wrong sign-ins for addresses that have no account are counted and "locked" exactly like those of
 * real accounts (same limit, same time), so the answers (401, then 429 with Retry-After) do not
 * tell which addresses exist. Kept in memory, bounded; per instance, as the IP throttle is.
 */
export function createUnknownAccountLockout(policy: {
  lockAfter: number;
  lockMinutes: number;
  maxAddresses?: number;
}) {
  const entries = new BoundedMap<string, { failures: number; lockedUntil?: Date }>(
    policy.maxAddresses ?? 10_000,
  );
  const keyOf = (email: string) => email.trim().toLowerCase();
  return {
    /** Until when sign-ins for this address are answered as locked, if they are now. */
    lockedUntil(email: string, now: Date): Date | undefined {
      const until = entries.get(keyOf(email))?.lockedUntil;
      return until && until > now ? until : undefined;
    },
    /** Counts a failed sign-in; returns the lock time when this failure set it. */
    fail(email: string, now: Date): Date | undefined {
      const key = keyOf(email);
      const failures = (entries.get(key)?.failures ?? 0) + 1;
      if (failures >= policy.lockAfter) {
        const lockedUntil = new Date(now.getTime() + policy.lockMinutes * 60_000);
        entries.set(key, { failures: 0, lockedUntil });
        return lockedUntil;
      }
      entries.set(key, { failures });
      return undefined;
    },
  };
}
