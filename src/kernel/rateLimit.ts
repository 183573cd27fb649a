import type { NextFunction, Request, Response } from "express";
import { createRateWindow, type RateWindow, type RateWindowOptions } from "./createRateWindow.ts";
import { sendTooManyRequests } from "./sendTooManyRequests.ts";

/** A limit of its own, or the counts of one that another route (the fast lane) answers to too. */
export type RateLimitOptions = (RateWindowOptions | { window: RateWindow }) & {
  /** What is limited: the client IP by default; a token, a chat id… */
  key?: (req: Request) => string;
  message?: string;
};

/**
 * Fixed-window limiter kept in memory (see createRateWindow). Answers 429 with Retry-After, as
 * clients and proxies expect.
 */
export function rateLimit(options: RateLimitOptions) {
  const window = "window" in options ? options.window : createRateWindow(options);
  return (req: Request, res: Response, next: NextFunction) => {
    const retryAfter = window.take(options.key?.(req) ?? req.ip ?? "unknown");
    if (retryAfter === undefined) return next();
    sendTooManyRequests(res, retryAfter, options.message);
  };
}
