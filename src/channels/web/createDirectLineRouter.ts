import { randomUUID } from "node:crypto";
import type { ServerResponse } from "node:http";
import express, { type Request, type Router } from "express";
import { z } from "zod";
import { type Lang, LangSchema } from "../../content/ids.ts";
import type { ChannelInbound } from "../../conversation/feedback/ChannelInboundSchema.ts";
import type { ReceiveRequest, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Reply } from "../../conversation/turn.ts";
import { createRateWindow } from "../../kernel/createRateWindow.ts";
import type { FastRoute } from "../../kernel/FastRoute.ts";
import { jsonBody } from "../../kernel/jsonBody.ts";
import { rateLimit } from "../../kernel/rateLimit.ts";
import { sendJson } from "../../kernel/sendJson.ts";
import { sendTooManyRequests } from "../../kernel/sendTooManyRequests.ts";
import type { StreamHub, StreamHubOptions } from "./createStreamHub.ts";
import type { TokenRevocations } from "./createTokenRevocations.ts";
import type { TokenClaims, VerifyResult } from "./createTokenSigner.ts";
import { DirectLineConversationIdSchema } from "./DirectLineConversationIdSchema.ts";
import { InboundActivitySchema } from "./InboundActivitySchema.ts";
import { readActivitySet } from "./readActivitySet.ts";
import { readFeedbackEvent } from "./readFeedbackEvent.ts";
import { START_EXTERNAL_ID_PREFIX, toOutboundActivity } from "./toOutboundActivity.ts";

export interface DirectLineLimits {
  /** Anonymous tokens per IP per minute. */
  tokensPerIpPerMinute: number;
  /** Every Direct Line request of one IP per minute (many users may share an office's IP). */
  requestsPerIpPerMinute: number;
  /** Activities a conversation may post per 10 seconds. */
  postsPerConversationPer10s: number;
  /** Polls and reconnects of one conversation per minute. */
  readsPerConversationPerMinute: number;
}

export const DEFAULT_DIRECT_LINE_LIMITS: DirectLineLimits = {
  tokensPerIpPerMinute: 30,
  requestsPerIpPerMinute: 1200,
  postsPerConversationPer10s: 20,
  readsPerConversationPerMinute: 240,
};

/** The options the router takes as the stream hub does: both serve the same Direct Line conversations. */
type Shared = "gateway" | "directory" | "signer" | "channelWords";

export interface DirectLineRouterOptions extends Pick<StreamHubOptions, Shared> {
  hub: StreamHub;
  /** Voided tokens (erasure, conversation closed): refused from then on. */
  revocations?: TokenRevocations | undefined;
  /** Public origin (PUBLIC_URL) for stream URLs; otherwise the request's own host. */
  publicUrl?: string | undefined;
  limits?: Partial<DirectLineLimits>;
  tokenTtlSeconds?: number;
  /** How long after expiry a saved token may still be refreshed, so a user can come back later. */
  resumeWindowSeconds?: number;
}

const TokenRequestSchema = z.object({ lang: LangSchema.optional() }).optional();
const StartRequestSchema = z
  .object({
    locale: z.string().max(20).optional(),
    user: z.object({ id: z.string().max(200).optional() }).optional(),
  })
  .optional();
const WatermarkSchema = z
  .string()
  .regex(/^\d{0,20}$/, { message: "il watermark è un numero" })
  .optional()
  .transform((value) => value || undefined);
/** How long a voided token may still read the conversation: the last replies, then nothing. */
const REVOKED_READ_GRACE_SECONDS = 60;
/** Events that mean "the user has just opened the chat" (Web Chat samples use the first one). */
const JOIN_EVENTS = new Set(["webchat/join", "startConversation", "conversationStart"]);
/** The largest body a Direct Line request may carry. */
const BODY_LIMIT_BYTES = 32 * 1024;
const POSTS_MESSAGE = "Stai scrivendo troppo in fretta: riprova tra qualche secondo.";

function fail(res: ServerResponse, status: number, error: string, message: string): void {
  sendJson(res, status, { error, message });
}

function langOfLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  return locale.toLowerCase().startsWith("en") ? "en" : "it";
}

/**
 * The Direct Line 3.0 REST surface of DESIGN.md for Web Chat, directline.js or a script. A token
 * names exactly one conversation, fixed when the token is issued: it can open that conversation
 * and no other, so a guessed or leaked conversation id is useless without its token. The post of
 * an activity, one per message a user types, is also a fast route (answered before Express, with
 * the same limits and handler); its Express twin serves the rare bodies the fast lane leaves.
 */
export function createDirectLineRouter(options: DirectLineRouterOptions): {
  token: Router;
  directLine: Router;
  fastRoutes: FastRoute[];
} {
  const { gateway, directory, signer, hub } = options;
  const limits = { ...DEFAULT_DIRECT_LINE_LIMITS, ...options.limits };
  const ttl = options.tokenTtlSeconds ?? 1800;
  const resumeWindow = options.resumeWindowSeconds ?? 7 * 24 * 3600;

  const bearerOf = (authorization: string | undefined) =>
    /^Bearer ([\w.-]{1,2048})$/.exec(authorization ?? "")?.[1] ?? "";
  const bearer = (req: Request) => bearerOf(req.get("authorization"));
  /** What a conversation's limits count: the conversation a valid token names, else the address. */
  const conversationKeyOf = (verified: VerifyResult, ip: string) =>
    verified.ok ? `conv:${verified.claims.conv}` : `ip:${ip}`;
  const conversationKey = (req: Request) =>
    conversationKeyOf(signer.verify(bearer(req), "conversation"), req.ip ?? "unknown");

  /**
   * The token's claims, or undefined once the error is answered. `expiredGrace` accepts a token
   * expired that long ago (refresh only); `revokedGrace` keeps a voided token readable that long
   * after its revocation, so the reply that announced it (erasure, close) can still be fetched.
   */
  async function authenticate(
    token: string,
    res: ServerResponse,
    grace: { expiredGrace?: number; revokedGrace?: number } = {},
    verified = signer.verify(token, "conversation", grace.expiredGrace ?? 0),
  ): Promise<TokenClaims | undefined> {
    if (!token) {
      fail(res, 401, "unauthorized", "Manca il token: intestazione Authorization: Bearer <token>.");
      return undefined;
    }
    if (!verified.ok) {
      if (verified.reason === "expired")
        fail(res, 403, "token_expired", "Il token è scaduto: richiedine uno nuovo.");
      else fail(res, 401, "unauthorized", "Token non valido.");
      return undefined;
    }
    const { conv, iat } = verified.claims;
    if (await options.revocations?.isRevoked(conv, iat, grace.revokedGrace ?? 0)) {
      fail(
        res,
        403,
        "token_revoked",
        "Questa conversazione è chiusa: ricarica la pagina per iniziarne una nuova.",
      );
      return undefined;
    }
    return verified.claims;
  }

  /**
   * Claims of a token that owns the conversation in the path, or undefined once answered;
   * `verified` is the token's verification when the caller has made it already.
   */
  async function authorise(
    token: string,
    pathId: unknown,
    res: ServerResponse,
    revokedGrace = 0,
    verified?: VerifyResult,
  ): Promise<TokenClaims | undefined> {
    const claims = await authenticate(token, res, { revokedGrace }, verified);
    if (!claims) return undefined;
    const id = DirectLineConversationIdSchema.safeParse(pathId);
    if (!id.success || id.data !== claims.conv) {
      fail(res, 403, "forbidden", "Questo token non vale per questa conversazione.");
      return undefined;
    }
    return claims;
  }

  function streamUrl(req: Request, claims: TokenClaims, watermark: string | undefined): string {
    const origin = options.publicUrl
      ? new URL(options.publicUrl).origin
      : `${req.protocol}://${req.get("host")}`;
    const url = new URL(`/v3/directline/conversations/${claims.conv}/stream`, origin);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    url.searchParams.set("t", signer.issue({ scope: "stream", conv: claims.conv, lang: claims.lang }, 120));
    if (watermark) url.searchParams.set("watermark", watermark);
    return url.toString();
  }

  function conversationToken(claims: TokenClaims) {
    return {
      conversationId: claims.conv,
      token: signer.issue({ scope: "conversation", conv: claims.conv, lang: claims.lang }, ttl),
      expires_in: ttl,
    };
  }

  /**
   * What the resume step says is not stored (as on every channel): it goes straight to this
   * instance's sockets, after an echo of the user's message so Web Chat marks it as sent.
   */
  function pushNotices(claims: TokenClaims, text: string, clientId: string | undefined, notices: Reply[]) {
    const now = new Date();
    const transient = (direction: "in" | "bot", body: string, reply?: Reply) =>
      toOutboundActivity(
        {
          id: `notice-${randomUUID()}`,
          conversationId: claims.conv,
          direction,
          text: body,
          ...(reply ? { reply } : {}),
          ...(direction === "in" && clientId ? { externalId: clientId } : {}),
          createdAt: now,
        },
        claims.conv,
        claims.lang,
        options.channelWords(claims.lang),
      );
    const activities = [
      transient("in", text),
      ...notices.map((notice) => transient("bot", notice.text, notice)),
    ].filter((activity) => activity !== undefined);
    hub.push(claims.conv, activities);
  }

  /** A posted activity, once its token owns the conversation: the turn, then its id. */
  async function postActivity(claims: TokenClaims, body: unknown, ip: string, res: ServerResponse) {
    const parsed = InboundActivitySchema.safeParse(body);
    if (!parsed.success) {
      const details = parsed.error.issues.map((issue) =>
        issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
      );
      return fail(res, 400, "bad_activity", `Attività non valida: ${details.join("; ")}.`);
    }
    const activity = parsed.data;
    const clientId = activity.channelData?.clientActivityID ?? activity.id;
    let inbound: ChannelInbound | undefined;
    let externalId = clientId ?? `dl-${randomUUID()}`;
    if (activity.type === "message") {
      const lang = langOfLocale(activity.locale);
      inbound = { kind: "text", text: activity.text, ...(lang ? { lang } : {}) };
    } else if (
      activity.type === "conversationUpdate" ||
      (activity.type === "event" && JOIN_EVENTS.has(activity.name))
    ) {
      inbound = { kind: "start", lang: langOfLocale(activity.locale) ?? claims.lang };
      externalId = `${START_EXTERNAL_ID_PREFIX}${claims.conv}`;
    } else if (activity.type === "event") inbound = readFeedbackEvent(activity);
    if (inbound) {
      const request: ReceiveRequest = {
        channel: "web",
        externalKey: claims.conv,
        externalId,
        inbound,
        langHint: claims.lang,
      };
      // The turn as committed goes to the open streams as it is; a repeat, a failure, or a
      // gateway that does not return what it stored, is read back. What the core says once (a
      // resume code) is not stored: it goes straight to the streams, the rest is read back.
      let turn: StoredMessage[] | undefined;
      hub.receiving(claims.conv);
      try {
        const result = await gateway.receive({ ...request, origin: `ip:${ip}` });
        if (result.notices && inbound.kind === "text") {
          pushNotices(claims, inbound.text, clientId, result.notices);
        } else if (!result.duplicate && result.inbound) {
          turn = [result.inbound, ...result.replies];
        }
      } finally {
        hub.delivered(claims.conv, turn);
      }
    }
    sendJson(res, 200, { id: externalId });
  }

  const target = async (claims: TokenClaims) => ({
    conversationId: await directory.resolve(claims.conv),
    directLineId: claims.conv,
    lang: claims.lang,
  });

  const token = express.Router();
  token.post(
    "/api/webchat/token",
    rateLimit({
      max: limits.tokensPerIpPerMinute,
      windowMs: 60_000,
      message: "Troppe conversazioni aperte da questa rete: riprova tra un minuto.",
    }),
    express.json({ limit: "1kb" }),
    (req, res) => {
      const body = TokenRequestSchema.safeParse(req.body);
      const queryLang = LangSchema.safeParse(req.query.lang);
      const lang =
        (body.success ? body.data?.lang : undefined) ?? (queryLang.success ? queryLang.data : "it");
      const conv = signer.newConversationId();
      res.setHeader("Cache-Control", "no-store");
      res.json({
        conversationId: conv,
        token: signer.issue({ scope: "conversation", conv, lang }, ttl),
        expires_in: ttl,
      });
    },
  );

  const directLine = express.Router();
  directLine.use((_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });
  // The counts the fast route answers to as well.
  const perIp = createRateWindow({ max: limits.requestsPerIpPerMinute, windowMs: 60_000 });
  const perConversationPosts = createRateWindow({ max: limits.postsPerConversationPer10s, windowMs: 10_000 });
  directLine.use(rateLimit({ window: perIp }));
  const posts = rateLimit({ window: perConversationPosts, key: conversationKey, message: POSTS_MESSAGE });
  const reads = rateLimit({
    max: limits.readsPerConversationPerMinute,
    windowMs: 60_000,
    key: conversationKey,
  });
  directLine.use(jsonBody(BODY_LIMIT_BYTES));

  directLine.post("/conversations", posts, async (req, res) => {
    const claims = await authenticate(bearer(req), res);
    if (!claims) return;
    const body = StartRequestSchema.safeParse(req.body);
    const lang = (body.success ? langOfLocale(body.data?.locale) : undefined) ?? claims.lang;
    const opened = { ...claims, lang };
    const result = await gateway.receive({
      channel: "web",
      externalKey: claims.conv,
      externalId: `${START_EXTERNAL_ID_PREFIX}${claims.conv}`,
      inbound: { kind: "start", lang },
      langHint: lang,
    });
    hub.wake(claims.conv);
    sendJson(res, result.duplicate ? 200 : 201, {
      ...conversationToken(opened),
      streamUrl: streamUrl(req, opened, undefined),
    });
  });

  directLine.get("/conversations/:id", reads, async (req, res) => {
    const claims = await authorise(bearer(req), req.params.id, res);
    if (!claims) return;
    const watermark = WatermarkSchema.safeParse(req.query.watermark);
    if (!watermark.success) return fail(res, 400, "bad_request", "Il watermark deve essere un numero.");
    await directory.resolve(claims.conv);
    sendJson(res, 200, { ...conversationToken(claims), streamUrl: streamUrl(req, claims, watermark.data) });
  });

  directLine.post("/conversations/:id/activities", posts, async (req, res) => {
    const claims = await authorise(bearer(req), req.params.id, res);
    if (!claims) return;
    await postActivity(claims, req.body, req.ip ?? "unknown", res);
  });

  directLine.get("/conversations/:id/activities", reads, async (req, res) => {
    const claims = await authorise(bearer(req), req.params.id, res, REVOKED_READ_GRACE_SECONDS);
    if (!claims) return;
    const watermark = WatermarkSchema.safeParse(req.query.watermark);
    if (!watermark.success) return fail(res, 400, "bad_request", "Il watermark deve essere un numero.");
    const set = await readActivitySet(gateway, await target(claims), watermark.data, options.channelWords);
    sendJson(res, 200, { activities: set.activities, watermark: set.watermark ?? "" });
  });

  directLine.post("/conversations/:id/upload", (_req, res) => {
    fail(res, 415, "unsupported", "Gli allegati non sono supportati: scrivi il messaggio come testo.");
  });

  directLine.post("/tokens/refresh", reads, async (req, res) => {
    const claims = await authenticate(bearer(req), res, { expiredGrace: resumeWindow });
    if (!claims) return;
    sendJson(res, 200, conversationToken(claims));
  });

  const postActivityFast: FastRoute = {
    method: "POST",
    path: "/v3/directline/conversations/:id/activities",
    bodyLimitBytes: BODY_LIMIT_BYTES,
    admit(req, res) {
      res.setHeader("Cache-Control", "no-store");
      const retryAfter = perIp.take(req.ip);
      if (retryAfter !== undefined) sendTooManyRequests(res, retryAfter);
      return retryAfter === undefined;
    },
    async handle(req, res) {
      const token = bearerOf(req.headers.authorization);
      // Verified once, for the limit and for the owner of the conversation.
      const verified = signer.verify(token, "conversation");
      const retryAfter = perConversationPosts.take(conversationKeyOf(verified, req.ip));
      if (retryAfter !== undefined) return sendTooManyRequests(res, retryAfter, POSTS_MESSAGE);
      const claims = await authorise(token, req.params.id, res, 0, verified);
      if (!claims) return;
      await postActivity(claims, req.body, req.ip, res);
    },
  };

  return { token, directLine, fastRoutes: [postActivityFast] };
}
