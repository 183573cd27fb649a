import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import { escalate, say } from "./support/escalate.ts";
import type { StaffClient } from "./support/StaffClient.ts";

/** Chatwoot-style CSAT: when staff close a handoff the user is asked once for a 1–5 rating. */
describe(`the rating after a closed handoff on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asOperator: StaffClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    asOperator = await signIn(h, "operator", "ats_pavia");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  async function closeHandoff(id: string) {
    expect((await asOperator.act(id, "claim")).status).toBe(200);
    const closed = await asOperator.act(id, "close", { outcome: "resolved" });
    expect(closed.status).toBe(200);
  }

  it("asks for a rating when staff close the handoff, keeps it with the ATS, and never asks twice", async () => {
    const { conversationId } = await escalate(h, "csat-1", { atsId: "ats_pavia", province: "PV" });
    await closeHandoff(conversationId);
    const history = await h.gateway.history(conversationId, undefined, 100);
    const prompts = history.filter((m) => m.reply?.channelData.rating);
    expect(prompts.map((m) => m.reply?.channelData.rating)).toEqual([{ trigger: "handoff" }]);
    expect(prompts[0]?.reply?.buttons.map((b) => b.label)).toEqual(["1", "2", "3", "4", "5", "Salta"]);

    const thanked = await say(h, "csat-1", "2");
    expect(thanked.map((m) => m.text)).toEqual(["Grazie per la tua valutazione!"]);
    const rating = await h.db.prisma.conversationRating.findUniqueOrThrow({ where: { conversationId } });
    expect({ trigger: rating.trigger, atsId: rating.atsId, score: rating.score }).toEqual({
      trigger: "handoff",
      atsId: "ats_pavia",
      score: 2,
    });

    await say(h, "csat-1", "Parlare con una persona");
    await closeHandoff(conversationId);
    const after = await h.gateway.history(conversationId, undefined, 200);
    expect(after.filter((m) => m.reply?.channelData.rating)).toHaveLength(1);
    const bye = await say(h, "csat-1", "arrivederci");
    expect(bye.some((m) => m.reply?.channelData.rating)).toBe(false);
  });
});
