/**
 * Exponential backoff with jitter: base, 2×base, 4×base… capped, ±20% so that many mails failing
 * together do not all come back in the same second.
 */
export function retryDelay(attempts: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponential = Math.min(baseMs * 2 ** Math.max(0, attempts - 1), maxMs);
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
