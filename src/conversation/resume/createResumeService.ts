import { createFailureWindow } from "./createFailureWindow.ts";
import { generateResumeCode } from "./generateResumeCode.ts";
import type { ResumeCodeStore, TransferFailure } from "./ResumeCodeStore.ts";

export type RedeemResult =
  | { ok: true; sourceConversationId?: string; duplicate: boolean }
  | { ok: false; reason: TransferFailure | "too_many_attempts" };

export interface ResumeService {
  /** Validity of a new code, in hours (said to the user). */
  readonly ttlHours: number;
  /** The conversation's valid code, or a new one: asking twice gives the same code. */
  issue(conversationId: string): Promise<{ code: string; expiresAt: Date }>;
  redeem(request: {
    code: string;
    targetConversationId: string;
    externalId?: string;
    text: string;
    /**
     * Who is trying, as far as the channel can tell: the client IP on the web (where a new
     * conversation costs nothing), the chat elsewhere. The target conversation when absent.
     */
    origin?: string;
  }): Promise<RedeemResult>;
}

export interface ResumeServiceOptions {
  store: ResumeCodeStore;
  ttlHours?: number;
  now?: () => Date;
  generate?: () => string;
  /** Wrong codes allowed per conversation and window before it must wait: guessing stays hopeless. */
  maxFailures?: number;
  /** Wrong codes allowed per origin (client IP) and window: new conversations do not reset it. */
  maxFailuresPerOrigin?: number;
  /** Wrong codes allowed on this instance, everyone together, per window: a spread-out guess. */
  maxFailuresOverall?: number;
  failureWindowMs?: number;
}

/**
 * Moves a conversation to another channel without any account: a short code issued on one
 * channel, redeemed on another, copies the conversation state (where the user was, what they
 * answered) into the conversation of the new channel. Wrong codes are limited per conversation,
 * per origin and overall, so neither fresh conversations nor many addresses make guessing pay.
 */
export function createResumeService(options: ResumeServiceOptions): ResumeService {
  const { store } = options;
  const ttlHours = options.ttlHours ?? 24;
  const now = options.now ?? (() => new Date());
  const generate = options.generate ?? (() => generateResumeCode());
  const windowMs = options.failureWindowMs ?? 10 * 60_000;
  const perConversation = createFailureWindow({ max: options.maxFailures ?? 5, windowMs, maxKeys: 20_000 });
  const perOrigin = createFailureWindow({
    max: options.maxFailuresPerOrigin ?? 10,
    windowMs,
    maxKeys: 20_000,
  });
  const overall = createFailureWindow({ max: options.maxFailuresOverall ?? 200, windowMs, maxKeys: 1 });
  const ALL = "all";

  return {
    ttlHours,
    async issue(conversationId) {
      const at = now();
      const existing = await store.findActiveCode(conversationId, at);
      if (existing) return existing;
      const expiresAt = new Date(at.getTime() + ttlHours * 3_600_000);
      for (let attempt = 0; attempt < 8; attempt++) {
        const code = generate();
        if ((await store.assignCode(conversationId, code, expiresAt, at)) === "assigned")
          return { code, expiresAt };
      }
      throw new Error("no free resume code after 8 attempts");
    },
    async redeem(request) {
      const at = now();
      const ms = at.getTime();
      const origin = request.origin ?? request.targetConversationId;
      if (
        perConversation.exhausted(request.targetConversationId, ms) ||
        perOrigin.exhausted(origin, ms) ||
        overall.exhausted(ALL, ms)
      ) {
        return { ok: false, reason: "too_many_attempts" };
      }
      const result = await store.transfer({
        code: request.code.toUpperCase(),
        targetConversationId: request.targetConversationId,
        now: at,
        text: request.text,
        ...(request.externalId ? { externalId: request.externalId } : {}),
      });
      if (!result.ok && result.reason === "unknown_code") {
        perConversation.record(request.targetConversationId, ms);
        perOrigin.record(origin, ms);
        overall.record(ALL, ms);
      }
      return result;
    },
  };
}
