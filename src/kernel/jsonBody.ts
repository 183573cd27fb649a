import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import { jsonBodyKind, readJsonBody } from "./readJsonBody.ts";

/**
 * `express.json({ limit })` for the busiest routes (a Direct Line post is a few hundred bytes of
 * JSON): the same answers, without the generic machinery (media-type tables, a decoder stream, an
 * async scope per request), whose own functions were about 4 % of the service's main thread per
 * message in the benchmark's profile. It parses `application/json` and `application/*+json` in
 * UTF-8 as express.json does in strict mode: an object or an array, an empty body as `{}`, a
 * byte-order mark skipped; a body over the limit is a 413, malformed JSON or a body shorter or
 * longer than its Content-Length a 400 (through the error boundary, after the body is read off). A
 * compressed body or another charset goes to express.json itself, with the same options.
 */
export function jsonBody(limitBytes: number): RequestHandler {
  const general = express.json({ limit: limitBytes, type: ["application/json", "application/*+json"] });
  return (req: Request, res: Response, next: NextFunction) => {
    const kind = jsonBodyKind(req.headers);
    if (kind === "none") return next();
    if (kind === "general") return general(req, res, next);
    readJsonBody(req, limitBytes, (result) => {
      if (!result.ok) return next(result.error);
      req.body = result.body;
      next();
    });
  };
}
