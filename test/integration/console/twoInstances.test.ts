import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundEvent } from "../../../src/conversation/ports/ConversationGateway.ts";
import { testDbKind } from "../../support/testDatabase.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import { escalate, say } from "./support/escalate.ts";
import { openEventStream } from "./support/openEventStream.ts";

describe.skipIf(testDbKind() !== "postgres")("two instances on one PostgreSQL", () => {
  let a: ConsoleHarness;
  let b: ConsoleHarness;

  beforeAll(async () => {
    a = await startConsoleHarness();
    b = await startConsoleHarness({}, a.target);
  });
  afterAll(async () => {
    await b?.dispose();
    await a?.dispose();
  });

  it("shows on instance A's console an escalation made on B, and brings A's staff reply to B's user", async () => {
    const onA = await signIn(a, "supervisor");
    const stream = await openEventStream(onA);
    const heardOnB: OutboundEvent[] = [];
    b.gateway.onOutbound((event) => heardOnB.push(event));
    try {
      const { conversationId } = await escalate(b, "two-instances", { atsId: "ats_pavia", province: "PV" });
      await stream.waitFor((e) => e.type === "queue" && e.data.id === conversationId);
      expect((await onA.act(conversationId, "claim")).status).toBe(200);
      const sent = await onA.act(conversationId, "reply", { text: "Risposta dall'istanza A" });
      const messageId =
        typeof sent.body === "object" && sent.body && "messageId" in sent.body ? sent.body.messageId : "";
      await expect
        .poll(() => heardOnB.some((e) => e.messageId === messageId), { timeout: 15_000 })
        .toBe(true);
      expect(await say(b, "two-instances", "grazie")).toEqual([]);
      await stream.waitFor((e) => e.type === "conversation" && e.data.id === conversationId);
    } finally {
      stream.close();
    }
  });
});
