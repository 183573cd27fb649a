export interface RateWindowOptions {
  /** Requests allowed per window and key. */
  max: number;
  windowMs: number;
}

/** Counts of one limit: shared by every route that answers to it (Express and the fast lane). */
export interface RateWindow {
  /** Counts one request of `key`: undefined when allowed, otherwise the seconds until it would be. */
  take(key: string): number | undefined;
}

/**
 * Fixed-window counts kept in memory (per instance: behind a load balancer each instance enforces
 * its own share), swept once per window.
 */
export function createRateWindow(options: RateWindowOptions): RateWindow {
  const hits = new Map<string, { count: number; resetAt: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key);
  }, options.windowMs);
  sweep.unref();
  return {
    take(key) {
      const now = Date.now();
      let entry = hits.get(key);
      if (!entry || entry.resetAt <= now) {
        entry = { count: 0, resetAt: now + options.windowMs };
        hits.set(key, entry);
      }
      entry.count += 1;
      if (entry.count <= options.max) return undefined;
      return Math.max(1, Math.ceil((entry.resetAt - now) / 1000));
    },
  };
}
