import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { Logger } from "../../kernel/createLogger.ts";

declare module "express-serve-static-core" {
  interface Request {
    id: string;
    log: Logger;
  }
}

const INCOMING_ID = /^[\w-]{8,64}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when well-formed) and a child logger, and
 * logs one line when the response finishes: method, route path, status, duration. Never the
 * query string or the body: they can carry tokens and personal data.
 */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.get("x-request-id");
    req.id = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    const requestId = req.id;
    // Made when first used: most requests log nothing at the production level, and a child
    // logger per request was a measurable part of a Direct Line post.
    let child: Logger | undefined;
    Object.defineProperty(req, "log", {
      get: () => {
        child ??= logger.child({ requestId });
        return child;
      },
      configurable: true,
    });
    res.setHeader("X-Request-Id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const level = res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "debug";
      if (!logger.isLevelEnabled(level)) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      req.log[level](
        { method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        "request",
      );
    });
    next();
  };
}
