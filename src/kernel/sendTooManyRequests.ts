import type { ServerResponse } from "node:http";
import { sendJson } from "./sendJson.ts";

/** The 429 of every limit, with Retry-After, as clients and proxies expect. */
export function sendTooManyRequests(res: ServerResponse, retryAfterSeconds: number, message?: string): void {
  res.setHeader("Retry-After", String(retryAfterSeconds));
  sendJson(res, 429, {
    error: "too_many_requests",
    message: message ?? "Troppe richieste: riprova tra qualche secondo.",
  });
}
