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
  }): Promise<RedeemResult>;
}

export interface ResumeServiceOptions {
  store: ResumeCodeStore;
  ttlHours?: number;
  now?: () => Date;
  generate?: () => string;
  /** Wrong codes allowed per conversation and window before it must wait: guessing stays hopeless. */
  maxFailures?: number;
  failureWindowMs?: number;
}

/**
 * Moves a conversation to another channel without any account: a short code issued on one
 * channel, redeemed on another, copies the conversation state (where the user was, what they
 * answered) into the conversation of the new channel.
 */
export function createResumeService(options: ResumeServiceOptions): ResumeService {
  const { store } = options;
  const ttlHours = options.ttlHours ?? 24;
  const now = options.now ?? (() => new Date());
  const generate = options.generate ?? (() => generateResumeCode());
  const maxFailures = options.maxFailures ?? 5;
  const failureWindowMs = options.failureWindowMs ?? 10 * 60_000;
  const failures = new Map<string, number[]>();

  function recentFailures(conversationId: string, at: number): number[] {
    const kept = (failures.get(conversationId) ?? []).filter((t) => at - t < failureWindowMs);
    if (kept.length > 0) failures.set(conversationId, kept);
    else failures.delete(conversationId);
    return kept;
  }

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
      if (recentFailures(request.targetConversationId, at.getTime()).length >= maxFailures) {
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
        failures.set(request.targetConversationId, [
          ...recentFailures(request.targetConversationId, at.getTime()),
          at.getTime(),
        ]);
      }
      return result;
    },
  };
}
