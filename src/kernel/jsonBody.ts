import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";

/** A request body refused: the error boundary answers it with its status (413 or 400). */
class BodyError extends Error {
  constructor(
    readonly status: 400 | 413,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const JSON_TYPE = /^application\/(?:json|[^/;\s]+\+json)$/;

/** The media type and whether the charset, if named, is UTF-8. */
function readContentType(header: string | undefined): { json: boolean; utf8: boolean } {
  if (header === undefined) return { json: false, utf8: true };
  const [type = "", ...parameters] = header.split(";");
  const charset = parameters
    .map((parameter) => parameter.trim().toLowerCase())
    .find((parameter) => parameter.startsWith("charset="));
  const value = charset?.slice("charset=".length).replace(/^"|"$/g, "");
  return {
    json: JSON_TYPE.test(type.trim().toLowerCase()),
    utf8: value === undefined || value === "utf-8" || value === "utf8",
  };
}

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
    const lengthHeader = req.headers["content-length"];
    if (lengthHeader === undefined && req.headers["transfer-encoding"] === undefined) return next();
    const contentType = readContentType(req.headers["content-type"]);
    if (!contentType.json) return next();
    const encoding = req.headers["content-encoding"];
    if (!contentType.utf8 || (encoding !== undefined && encoding.toLowerCase() !== "identity")) {
      return general(req, res, next);
    }
    const declared = lengthHeader === undefined ? undefined : Number(lengthHeader);
    const chunks: Buffer[] = [];
    let received = 0;
    let refused: BodyError | undefined =
      declared !== undefined && declared > limitBytes
        ? new BodyError(413, "entity.too.large", "request entity too large")
        : undefined;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (refused) return;
      if (received > limitBytes) {
        refused = new BodyError(413, "entity.too.large", "request entity too large");
        chunks.length = 0;
      } else chunks.push(chunk);
    };
    let settled = false;
    // The error listener stays: a request that fails after its body was read (the client gone)
    // must not emit an error nobody listens to.
    const settle = (error: BodyError | undefined, body?: unknown) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      if (error) return next(error);
      req.body = body;
      next();
    };
    const onEnd = () => {
      if (refused) return settle(refused);
      if (declared !== undefined && declared !== received) {
        return settle(
          new BodyError(400, "request.size.invalid", "request size did not match content length"),
        );
      }
      const text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks))?.toString("utf8") ?? "";
      const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
      if (json.length === 0) return settle(undefined, {});
      const first = /\S/.exec(json)?.[0];
      if (first !== "{" && first !== "[") {
        return settle(new BodyError(400, "entity.parse.failed", "the body is not a JSON object or array"));
      }
      try {
        settle(undefined, JSON.parse(json));
      } catch {
        settle(new BodyError(400, "entity.parse.failed", "the body is not valid JSON"));
      }
    };
    const onError = () => settle(new BodyError(400, "request.aborted", "request aborted"));
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}
