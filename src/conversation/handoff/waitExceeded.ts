/**
 * A queued conversation has waited past the limit: time to offer the mailbox, once. Pure, so the
 * sweep that runs on every instance and the tests agree on the boundary.
 */
export function waitExceeded(queuedAt: Date, now: Date, maxWaitMinutes: number): boolean {
  return now.getTime() - queuedAt.getTime() > maxWaitMinutes * 60_000;
}
