import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Logger } from "../../kernel/createLogger.ts";

const INCOMING_ID = /^[\w-]{8,64}$/;

/** A request's id and its logger (made when first used: most requests log nothing). */
export interface RequestScope {
  id: string;
  readonly log: Logger;
}

/**
 * What every request gets, in Express (requestContext) and in the fast lane: an id (the caller's
 * X-Request-Id when well-formed), sent back as X-Request-Id, and one log line when the response
 * finishes: method, path, status, duration. Never the query string or the body: they can carry
 * tokens and personal data.
 */
export function beginRequest(
  logger: Logger,
  req: IncomingMessage,
  res: ServerResponse,
  path: () => string,
): RequestScope {
  const incoming = req.headers["x-request-id"];
  const id = typeof incoming === "string" && INCOMING_ID.test(incoming) ? incoming : randomUUID();
  // A child logger per request was a measurable part of a Direct Line post.
  let child: Logger | undefined;
  const scope: RequestScope = {
    id,
    get log() {
      child ??= logger.child({ requestId: id });
      return child;
    },
  };
  res.setHeader("X-Request-Id", id);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const level = res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "debug";
    if (!logger.isLevelEnabled(level)) return;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    scope.log[level](
      { method: req.method, path: path(), status: res.statusCode, ms: Math.round(ms * 10) / 10 },
      "request",
    );
  });
  return scope;
}
