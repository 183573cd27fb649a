/**
 * Direct Line tokens as compact HS256 JWTs: stateless, so every instance sharing the signing key
 * accepts them, and readable by Direct Line clients that peek into tokens (they find no `user`).
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { LangSchema } from "../../content/ids.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import { DirectLineConversationIdSchema } from "./DirectLineConversationIdSchema.ts";

export const TokenClaimsSchema = z.object({
  /** "conversation" tokens authorise the REST API; "stream" tokens open one WebSocket, briefly. */
  scope: z.enum(["conversation", "stream"]),
  /** The one Direct Line conversation this token may open and use. */
  conv: DirectLineConversationIdSchema,
  lang: LangSchema,
  iat: z.number().int(),
  exp: z.number().int(),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

export type VerifyResult =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: "malformed" | "bad_signature" | "expired" | "wrong_scope" };

export type TokenSigner = ReturnType<typeof createTokenSigner>;

const HEADER = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
const JSON_OBJECT = z.string().transform((text, ctx) => {
  try {
    return JSON.parse(text);
  } catch {
    ctx.addIssue({ code: "custom", message: "not JSON" });
    return z.NEVER;
  }
});

const MAX_CACHED_TOKENS = 10_000;

export function createTokenSigner(key: Buffer, now: () => number = Date.now) {
  const mac = (data: string) => createHmac("sha256", key).update(data).digest();
  /**
   * Tokens whose signature already checked out, by their whole text (signature included, so only
   * that exact token hits): every request of a conversation carries the same one, and checking it
   * again (HMAC, JSON, schema) was a tenth of a message's cost. Bounded, oldest dropped first.
   */
  const verified = new BoundedMap<string, { ok: true; claims: TokenClaims }>(MAX_CACHED_TOKENS);
  return {
    newConversationId: () => randomBytes(16).toString("base64url"),
    issue(claims: Omit<TokenClaims, "iat" | "exp">, ttlSeconds: number): string {
      const iat = Math.floor(now() / 1000);
      const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString(
        "base64url",
      );
      const body = `${HEADER}.${payload}`;
      return `${body}.${mac(body).toString("base64url")}`;
    },
    /** `graceSeconds` accepts a token expired that long ago (used only to refresh and resume). */
    verify(token: string, scope: TokenClaims["scope"], graceSeconds = 0): VerifyResult {
      const claims = verified.get(token) ?? check(token);
      if (!claims.ok) return claims;
      if (claims.claims.scope !== scope) return { ok: false, reason: "wrong_scope" };
      if (claims.claims.exp + graceSeconds <= Math.floor(now() / 1000))
        return { ok: false, reason: "expired" };
      return claims;
    },
  };

  /** Signature and shape only; scope and expiry are checked on every use. */
  function check(token: string): VerifyResult {
    const parts = token.split(".");
    if (parts.length !== 3 || token.length > 2048) return { ok: false, reason: "malformed" };
    const [header, payload, signature] = parts;
    if (header !== HEADER || !payload || !signature) return { ok: false, reason: "malformed" };
    const expected = mac(`${header}.${payload}`);
    const given = Buffer.from(signature, "base64url");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { ok: false, reason: "bad_signature" };
    }
    const parsed = JSON_OBJECT.pipe(TokenClaimsSchema).safeParse(
      Buffer.from(payload, "base64url").toString("utf8"),
    );
    if (!parsed.success) return { ok: false, reason: "malformed" };
    const result: { ok: true; claims: TokenClaims } = { ok: true, claims: parsed.data };
    // Stream tokens open one socket once: only the tokens that come back with every post are kept.
    if (parsed.data.scope === "conversation") verified.set(token, result);
    return result;
  }
}
