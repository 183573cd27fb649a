import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Request, Response } from "express";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface CompressedAsset {
  /** Content hash, for versioned URLs. */
  hash: string;
  handle(req: Request, res: Response): void;
}

/**
 * An asset held in memory and compressed once (Brotli and gzip, in the background on first use),
 * instead of on every request: the Web Chat bundle is about 4 MB, and gzipping it per page view
 * would be most of the CPU a press-campaign spike costs.
 */
export function compressedAsset(body: Buffer, contentType: string, cacheControl: string): CompressedAsset {
  const hash = createHash("sha256").update(body).digest("base64url").slice(0, 16);
  const etag = `"${hash}"`;
  let encoded: { br: Buffer; gzip: Buffer } | undefined;
  let encoding: Promise<void> | undefined;
  const startEncoding = () => {
    if (encoding) return;
    encoding = Promise.all([
      brotli(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }),
      gzipAsync(body, { level: 9 }),
    ]).then(
      ([br, gz]) => {
        encoded = { br, gzip: gz };
      },
      () => undefined,
    );
  };
  return {
    hash,
    handle(req, res) {
      res.setHeader("Content-Type", contentType);
      res.setHeader("Cache-Control", cacheControl);
      res.setHeader("ETag", etag);
      res.setHeader("Vary", "Accept-Encoding");
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      if (body.length > 1024 && !encoded) startEncoding();
      const accepted = encoded ? req.acceptsEncodings("br", "gzip") : false;
      const chosen = encoded && (accepted === "br" || accepted === "gzip") ? accepted : undefined;
      const payload = encoded && chosen ? encoded[chosen] : body;
      if (chosen) res.setHeader("Content-Encoding", chosen);
      res.setHeader("Content-Length", String(payload.length));
      res.end(req.method === "HEAD" ? undefined : payload);
    },
  };
}
