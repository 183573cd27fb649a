import type { ServerResponse } from "node:http";

/**
 * `res.status(status).json(body)` for API answers that are never cached (Direct Line's are
 * `no-store`): the same status, headers and bytes, without Express's `send`, which hashes every
 * body for an ETag and checks its freshness (in the benchmark's profile the answer to a Direct
 * Line post, socket write included, was 11 % of the service's main thread). Headers already set
 * (request id, cache policy) go out with it.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(json));
  res.end(json);
}
