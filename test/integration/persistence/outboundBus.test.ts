import { describe, expect, it } from "vitest";
import type { OutboundNotice } from "../../../src/conversation/ports/OutboundBus.ts";
import { createOutboundBus } from "../../../src/persistence/createOutboundBus.ts";
import { openPostgres } from "../../../src/persistence/openPostgres.ts";
import { proxyDatabase } from "../../support/tcpProxy.ts";
import { createTestDatabaseTarget, openTestDatabase, testDbKind } from "../../support/testDatabase.ts";
import { useTestDatabase } from "../../support/useTestDatabase.ts";

const db = useTestDatabase();

const notice = (turn: number, reply: number): OutboundNotice => ({
  conversationId: `c${turn}`,
  channel: "web",
  externalKey: `k${turn}`,
  messageId: String(turn * 10 + reply),
  origin: "instance-a",
});

describe(`announcements between instances on ${testDbKind()}`, () => {
  it("delivers every reply of many turns finishing at once, each turn's replies in order", async () => {
    const bus = createOutboundBus(db(), { channel: "conciliabot_test_bus" });
    const heard: OutboundNotice[] = [];
    const unsubscribe = await bus.subscribe((n) => heard.push(n));
    const turns = Array.from({ length: 60 }, (_, turn) => [notice(turn, 1), notice(turn, 2)]);
    await Promise.all(turns.map((notices) => bus.publish(notices)));
    await expect.poll(() => heard.length).toBe(120);
    for (let turn = 0; turn < 60; turn++) {
      expect(heard.filter((n) => n.conversationId === `c${turn}`).map((n) => n.messageId)).toEqual([
        String(turn * 10 + 1),
        String(turn * 10 + 2),
      ]);
    }
    await unsubscribe();
  });

  it("packs the announcements of a busy moment into a few notifications, and still delivers each reply", async () => {
    const bus = createOutboundBus(db(), { channel: "conciliabot_test_bus_packed" });
    const heard: OutboundNotice[] = [];
    const raw: string[] = [];
    const unlisten = await db().listen("conciliabot_test_bus_packed", (payload) => raw.push(payload));
    const unsubscribe = await bus.subscribe((n) => heard.push(n));
    await bus.publish([notice(0, 1)]);
    const turns = Array.from({ length: 100 }, (_, turn) => [notice(turn + 1, 1), notice(turn + 1, 2)]);
    await Promise.all(turns.map((notices) => bus.publish(notices)));
    await expect.poll(() => heard.length).toBe(201);
    expect(new Set(heard.map((n) => n.messageId)).size).toBe(201);
    expect(raw.length).toBeLessThanOrEqual(10);
    expect(raw.every((payload) => Buffer.byteLength(payload) < 8000)).toBe(true);
    await unsubscribe();
    await unlisten();
  });

  it("understands an announcement from an instance of the previous version, one reply per notification", async () => {
    const bus = createOutboundBus(db(), { channel: "conciliabot_test_bus_old" });
    const heard: OutboundNotice[] = [];
    const unsubscribe = await bus.subscribe((n) => heard.push(n));
    await db().sql.query("SELECT pg_notify($1, $2)", [
      "conciliabot_test_bus_old",
      JSON.stringify(notice(7, 1)),
    ]);
    await db().sql.query("SELECT pg_notify($1, $2)", ["conciliabot_test_bus_old", '{"not":"a notice"}']);
    await expect.poll(() => heard.map((n) => n.messageId)).toEqual(["71"]);
    await unsubscribe();
  });

  it("tells every turn waiting on an announcement that it failed when the database refuses it", async () => {
    const closed = await openTestDatabase();
    await closed.db.close();
    const bus = createOutboundBus(closed.db, { channel: "conciliabot_test_bus" });
    const results = await Promise.allSettled([bus.publish([notice(1, 1)]), bus.publish([notice(2, 1)])]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    await closed.drop();
  });

  it.runIf(testDbKind() === "postgres")(
    "gives up on an announcement whose connection hangs, and the turns behind it are not held with it",
    async () => {
      const target = await createTestDatabaseTarget("postgres");
      const { proxy, url } = await proxyDatabase(target.databaseUrl ?? "");
      const linked = await openPostgres({ url, onBackgroundError: () => undefined });
      const bus = createOutboundBus(linked, { channel: "conciliabot_test_bus", waitMs: 300 });
      await bus.publish([notice(1, 1)]);
      proxy.stall();
      const started = performance.now();
      const results = await Promise.allSettled([bus.publish([notice(2, 1)]), bus.publish([notice(3, 1)])]);
      expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
      expect(performance.now() - started).toBeLessThan(5_000);
      await proxy.close();
      await linked.close().catch(() => undefined);
      await target.drop();
    },
  );
});
