import { describe, expect, it } from "vitest";
import {
  createResumeService,
  type ResumeService,
} from "../../../src/conversation/resume/createResumeService.ts";
import {
  generateResumeCode,
  RESUME_CODE_ALPHABET,
} from "../../../src/conversation/resume/generateResumeCode.ts";
import type { ResumeCodeStore } from "../../../src/conversation/resume/ResumeCodeStore.ts";

/** An in-memory store with the same rules as the database one. */
function memoryStore() {
  const codes = new Map<string, { conversationId: string; expiresAt: Date }>();
  const states = new Map<string, string>([
    ["web-1", "web state"],
    ["tg-1", "telegram state"],
  ]);
  const seen = new Set<string>();
  const store: ResumeCodeStore = {
    async findActiveCode(conversationId, now) {
      for (const [code, entry] of codes) {
        if (entry.conversationId === conversationId && entry.expiresAt > now)
          return { code, expiresAt: entry.expiresAt };
      }
      return null;
    },
    async assignCode(conversationId, code, expiresAt, now) {
      const holder = codes.get(code);
      if (holder && holder.expiresAt > now) return "taken";
      codes.set(code, { conversationId, expiresAt });
      return "assigned";
    },
    async transfer({ code, targetConversationId, now, externalId }) {
      if (externalId && seen.has(`${targetConversationId}/${externalId}`))
        return { ok: true, duplicate: true };
      const entry = codes.get(code);
      if (!entry || entry.expiresAt <= now) return { ok: false, reason: "unknown_code" };
      if (entry.conversationId === targetConversationId) return { ok: false, reason: "same_conversation" };
      states.set(targetConversationId, states.get(entry.conversationId) ?? "");
      codes.delete(code);
      if (externalId) seen.add(`${targetConversationId}/${externalId}`);
      return { ok: true, sourceConversationId: entry.conversationId, duplicate: false };
    },
  };
  return { store, states };
}

/** Redeems `code` in the conversation `target`, from `origin` when given. */
function redeemIn(service: ResumeService, code: string, target: string, origin?: string) {
  return service.redeem({ code, targetConversationId: target, text: "", ...(origin ? { origin } : {}) });
}

describe("resume codes", () => {
  it("are ten characters without look-alike letters and digits", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateResumeCode();
      expect(code).toMatch(/^[A-Z2-9]{10}$/);
      expect(code).not.toMatch(/[IO01]/);
      for (const char of code) expect(RESUME_CODE_ALPHABET).toContain(char);
    }
  });

  it("give the same code when the user asks twice, and a new one once it has expired", async () => {
    let now = new Date("2026-03-01T10:00:00Z");
    const codes = ["AAAAAAAAAA", "BBBBBBBBBB"];
    const { store } = memoryStore();
    const service = createResumeService({
      store,
      now: () => now,
      generate: () => codes.shift() ?? "CCCCCCCCCC",
    });
    expect((await service.issue("web-1")).code).toBe("AAAAAAAAAA");
    expect((await service.issue("web-1")).code).toBe("AAAAAAAAAA");
    now = new Date("2026-03-02T10:00:01Z");
    expect((await service.issue("web-1")).code).toBe("BBBBBBBBBB");
  });

  it("move the state to the other channel once, and refuse a code used or expired", async () => {
    let now = new Date("2026-03-01T10:00:00Z");
    const { store, states } = memoryStore();
    const service = createResumeService({ store, now: () => now });
    const { code } = await service.issue("web-1");
    expect(
      await service.redeem({
        code: code.toLowerCase(),
        targetConversationId: "tg-1",
        text: `riprendi ${code}`,
      }),
    ).toMatchObject({
      ok: true,
      sourceConversationId: "web-1",
    });
    expect(states.get("tg-1")).toBe("web state");
    expect(await redeemIn(service, code, "tg-1")).toEqual({
      ok: false,
      reason: "unknown_code",
    });

    const second = await service.issue("web-1");
    now = new Date("2026-03-02T11:00:00Z");
    expect(await redeemIn(service, second.code, "tg-1")).toEqual({
      ok: false,
      reason: "unknown_code",
    });
  });

  it("stop accepting guesses after a few wrong codes in a row", async () => {
    const { store } = memoryStore();
    const service = createResumeService({ store, maxFailures: 3 });
    for (let i = 0; i < 3; i++) {
      expect(await redeemIn(service, "ZZZZZZZZZZ", "tg-1")).toMatchObject({
        ok: false,
        reason: "unknown_code",
      });
    }
    const { code } = await service.issue("web-1");
    expect(await redeemIn(service, code, "tg-1")).toEqual({
      ok: false,
      reason: "too_many_attempts",
    });
  });

  it("stop a client that opens fresh conversations to guess again", async () => {
    const { store } = memoryStore();
    const service = createResumeService({ store, maxFailures: 5, maxFailuresPerOrigin: 4 });
    for (let i = 0; i < 4; i++) {
      expect(await redeemIn(service, "ZZZZZZZZZZ", `fresh-${i}`, "ip:203.0.113.9")).toMatchObject({
        ok: false,
        reason: "unknown_code",
      });
    }
    const { code } = await service.issue("web-1");
    expect(await redeemIn(service, code, "fresh-new", "ip:203.0.113.9")).toEqual({
      ok: false,
      reason: "too_many_attempts",
    });
    // Someone else, elsewhere, is not held back by that client.
    expect(await redeemIn(service, code, "tg-1", "ip:198.51.100.7")).toMatchObject({ ok: true });
  });

  it("stop guesses spread over many addresses once too many fail overall", async () => {
    const { store } = memoryStore();
    const service = createResumeService({ store, maxFailuresOverall: 6 });
    for (let i = 0; i < 6; i++) {
      await redeemIn(service, "ZZZZZZZZZZ", `c-${i}`, `ip:10.0.0.${i}`);
    }
    const { code } = await service.issue("web-1");
    expect(await redeemIn(service, code, "tg-1", "ip:10.0.1.1")).toEqual({
      ok: false,
      reason: "too_many_attempts",
    });
  });
});
