import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import { BodyError } from "./BodyError.ts";

const JSON_TYPE = /^application\/(?:json|[^/;\s]+\+json)$/;

/** What a request's headers say its body is, for the lean reader. */
export type JsonBodyKind =
  /** No body, or not JSON: nothing to parse. */
  | "none"
  /** JSON in UTF-8, not compressed: what readJsonBody reads. */
  | "lean"
  /** JSON compressed or in another charset: for express.json. */
  | "general";

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

export function jsonBodyKind(headers: IncomingHttpHeaders): JsonBodyKind {
  if (headers["content-length"] === undefined && headers["transfer-encoding"] === undefined) return "none";
  const contentType = readContentType(headers["content-type"]);
  if (!contentType.json) return "none";
  const encoding = headers["content-encoding"];
  return !contentType.utf8 || (encoding !== undefined && encoding.toLowerCase() !== "identity")
    ? "general"
    : "lean";
}

/**
 * Reads a "lean" body (see jsonBodyKind) as `express.json` does in strict mode: an object or an
 * array, an empty body as `{}`, a byte-order mark skipped; over the limit a 413, malformed JSON or
 * a body shorter or longer than its Content-Length a 400, each a BodyError once the body is read
 * off. Shared by the Express middleware (jsonBody) and the fast lane, so both answer alike.
 */
export function readJsonBody(
  req: IncomingMessage,
  limitBytes: number,
  done: (result: { ok: true; body: unknown } | { ok: false; error: BodyError }) => void,
): void {
  const lengthHeader = req.headers["content-length"];
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
    done(error ? { ok: false, error } : { ok: true, body });
  };
  const onEnd = () => {
    if (refused) return settle(refused);
    if (declared !== undefined && declared !== received) {
      return settle(new BodyError(400, "request.size.invalid", "request size did not match content length"));
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
}
