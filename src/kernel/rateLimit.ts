import type { NextFunction, Request, Response } from "express";

export interface RateLimitOptions {
  /** Requests allowed per window and key. */
  max: number;
  windowMs: number;
  /** What is limited: the client IP by default; a token, a chat id… */
  key?: (req: Request) => string;
  message?: string;
}

/**
 * Fixed-window limiter kept in memory (per instance: behind a load balancer each instance enforces
 * its own share). Answers 429 with Retry-After, as clients and proxies expect.
 */
export function rateLimit(options: RateLimitOptions) {
  const hits = new Map<string, { count: number; resetAt: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of hits) if (entry.resetAt <= now) hits.delete(key);
  }, options.windowMs);
  sweep.unref();
  return (req: Request, res: Response, next: NextFunction) => {
    const key = options.key?.(req) ?? req.ip ?? "unknown";
    const now = Date.now();
    let entry = hits.get(key);
    if (!entry || entry.resetAt <= now) {
      entry = { count: 0, resetAt: now + options.windowMs };
      hits.set(key, entry);
    }
    entry.count += 1;
    if (entry.count > options.max) {
      res.setHeader("Retry-After", String(Math.max(1, Math.ceil((entry.resetAt - now) / 1000))));
      res.status(429).json({
        error: "too_many_requests",
        message: options.message ?? "Troppe richieste: riprova tra qualche secondo.",
      });
      return;
    }
    next();
  };
}
