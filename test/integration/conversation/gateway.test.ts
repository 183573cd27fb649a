import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundEvent } from "../../../src/conversation/ports/ConversationGateway.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { claimHandoff } from "../../../src/persistence/handoff/claimHandoff.ts";
import { releaseHandoff } from "../../../src/persistence/handoff/releaseHandoff.ts";
import { purgeExpiredData } from "../../../src/persistence/privacy/purgeExpiredData.ts";
import { createTestService } from "../../conversation/support/createTestService.ts";
import { openTestDatabase, testDbKind } from "../../support/testDatabase.ts";
import { FAMILY_REQUEST_TO_REVIEW, talk } from "./support/talk.ts";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe(`the conversation gateway on ${testDbKind()}`, () => {
  it("greets a new user and answers a re-delivered message only once", async () => {
    const service = await createTestService(db);
    const start = {
      channel: "web" as const,
      externalKey: "u1",
      externalId: "a1",
      inbound: { kind: "start" as const },
    };
    const first = await service.receive(start);
    expect(first.duplicate).toBe(false);
    expect(first.replies).toHaveLength(3);
    expect(first.replies[0]?.text).toContain("assistente automatico");
    expect(first.replies[0]?.reply?.channelData).toEqual({ intent: "greeting", handoff: null });
    const again = await service.receive(start);
    expect(again.duplicate).toBe(true);
    expect(again.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    await service.stop();
  });

  it("keeps a long history in order and reads it back exactly as the turns returned it", async () => {
    const service = await createTestService(db);
    const returned = [];
    const opened = await service.receive({ channel: "web", externalKey: "long", inbound: { kind: "start" } });
    returned.push(...opened.replies);
    for (const text of [
      "Famiglia",
      "ho una bimba di 18 mesi",
      "abito a Bergamo",
      "menu",
      "Impresa",
      "grazie",
    ]) {
      const turn = await service.receive({
        channel: "web",
        externalKey: "long",
        inbound: { kind: "text", text },
      });
      returned.push(...turn.replies);
    }
    const history = await service.history(opened.conversationId, undefined, 1000);
    // More than ten messages: ids 9 and 10 would swap if they were ever compared as text.
    expect(history.length).toBeGreaterThan(10);
    const ids = history.map((m) => BigInt(m.id));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const bot = history.filter((m) => m.direction === "bot");
    expect(bot.map((m) => ({ id: m.id, text: m.text, reply: m.reply }))).toEqual(
      returned.map((m) => ({ id: m.id, text: m.text, reply: m.reply })),
    );
    const middle = history[4]?.id;
    const after = await service.history(opened.conversationId, middle, 1000);
    expect(after.map((m) => m.id)).toEqual(history.slice(5).map((m) => m.id));
    await service.stop();
  });

  it("stays quiet while a person handles the conversation and answers again once they hand it back", async () => {
    const service = await createTestService(db);
    const say = (text: string) =>
      service.receive({ channel: "web", externalKey: "handback", inbound: { kind: "text", text } });
    const opened = await service.receive({
      channel: "web",
      externalKey: "handback",
      inbound: { kind: "start" },
    });
    await say("Parlare con una persona");
    await db.prisma.staff.create({
      data: {
        id: "op-handback",
        email: "op.handback@example.it",
        displayName: "Op",
        passwordHash: "x",
        role: "admin",
      },
    });
    // Staff change the conversation behind this instance's back: it remembered it as it committed it.
    expect(await claimHandoff(db.prisma, opened.conversationId, "op-handback")).toBe(true);
    expect((await say("c'è qualcuno?")).replies).toEqual([]);
    expect(await releaseHandoff(db.prisma, opened.conversationId)).toBe(true);
    const answered = await say("quanti progetti sono stati finanziati a Brescia?");
    expect(answered.replies.map((r) => r.text).join(" ")).toContain("427.438,27");
    await service.stop();
  });

  it.runIf(testDbKind() === "postgres")(
    "keeps its database connections when a client repeats a message many times",
    async () => {
      const service = await createTestService(db);
      const repeat = { channel: "web" as const, externalKey: "repeater", externalId: "same-id" };
      await service.receive({ ...repeat, inbound: { kind: "text", text: "ciao" } });
      const since = await db.sql.query("SELECT now() AS at");
      for (let i = 0; i < 20; i++) {
        const again = await service.receive({ ...repeat, inbound: { kind: "text", text: "ciao" } });
        expect(again.duplicate).toBe(true);
      }
      // A repeat is a unique violation the server answers: the connection stays good and is reused.
      const fresh = await db.sql.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_start > $1",
        [since[0]?.at],
      );
      expect(fresh[0]?.n).toBe(0);
      await service.stop();
    },
  );

  it("processes a message delivered twice at once to two instances exactly once", async () => {
    const a = await createTestService(db);
    const b = await createTestService(db);
    await a.receive({
      channel: "telegram",
      externalKey: "dup",
      externalId: "u0",
      inbound: { kind: "start" },
    });
    const request = {
      channel: "telegram" as const,
      externalKey: "dup",
      externalId: "update-77",
      inbound: { kind: "text" as const, text: "Famiglia" },
    };
    const [one, two] = await Promise.all([a.receive(request), b.receive(request)]);
    expect([one.duplicate, two.duplicate].sort()).toEqual([false, true]);
    expect(one.replies.map((r) => r.id)).toEqual(two.replies.map((r) => r.id));
    const inbound = await db.prisma.message.count({
      where: { conversationId: one.conversationId, externalId: "update-77" },
    });
    expect(inbound).toBe(1);
    const conversation = await db.prisma.conversation.findUniqueOrThrow({
      where: { id: one.conversationId },
    });
    expect(conversation.version).toBe(2);
    await a.stop();
    await b.stop();
  });

  it("never interleaves one conversation's turns, even when two instances receive its messages together", async () => {
    const a = await createTestService(db);
    const b = await createTestService(db);
    const texts = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? "aiuto" : "menu"));
    const results = await Promise.all(
      texts.map((text, i) =>
        (i % 2 === 0 ? a : b).receive({
          channel: "web",
          externalKey: "busy",
          externalId: `m${i}`,
          inbound: { kind: "text", text },
        }),
      ),
    );
    const conversationId = results[0]?.conversationId ?? "";
    expect(results.every((r) => !r.duplicate && r.replies.length > 0)).toBe(true);
    const rows = await db.prisma.message.findMany({ where: { conversationId }, orderBy: { id: "asc" } });
    // Each inbound message is followed by its own replies, before the next inbound message.
    let expectedReplies = 0;
    for (const row of rows) {
      if (row.direction === "in") {
        expect(expectedReplies).toBe(0);
        const result = results[Number(row.externalId?.slice(1))];
        expectedReplies = result?.replies.length ?? 0;
      } else {
        expectedReplies -= 1;
      }
    }
    const conversation = await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(conversation.version).toBe(12);
    await a.stop();
    await b.stop();
  });

  it("announces every new outbound message to listeners on the other instances", async () => {
    const a = await createTestService(db);
    const b = await createTestService(db);
    const heard: OutboundEvent[] = [];
    b.onOutbound((event) => heard.push(event));
    const result = await a.receive({ channel: "web", externalKey: "notify", inbound: { kind: "start" } });
    const ids = result.replies.map((r) => r.id);
    const until = Date.now() + 5_000;
    while (heard.length < ids.length && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    expect(heard.map((e) => e.messageId)).toEqual(ids);
    expect(heard[0]).toMatchObject({
      channel: "web",
      externalKey: "notify",
      conversationId: result.conversationId,
    });
    await a.stop();
    await b.stop();
  });

  it("erases a user's data on confirmation, keeping anonymous analytics, and cancels mails not yet sent", async () => {
    const service = await createTestService(db);
    await talk(service, "erase-me", [...FAMILY_REQUEST_TO_REVIEW, "Invia"]);
    const { conversationId } = await service.open("web", "erase-me");
    const submission = await db.prisma.submission.findFirstOrThrow({ where: { conversationId } });
    const analyticsBefore = await db.prisma.analyticsEvent.count();
    await talk(service, "erase-me", ["cancella i miei dati"]);
    const done = await talk(service, "erase-me", ["Sì, cancella"]);
    expect(done.at(-1)?.text).toContain(submission.reference);

    const messages = await db.prisma.message.findMany({ where: { conversationId }, orderBy: { id: "asc" } });
    const personal = messages.filter((m) =>
      /Giulia|VRDLCU|giulia\.verdi/.test(`${m.text} ${JSON.stringify(m.payload)}`),
    );
    expect(personal).toHaveLength(0);
    const erased = await db.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(erased.data).toBeNull();
    expect(erased.erasedAt).not.toBeNull();
    expect(erased.reference).toBe(submission.reference);
    const mails = await db.prisma.outboxMail.findMany({ where: { submissionId: submission.id } });
    expect(mails.map((m) => m.status)).toEqual(["cancelled", "cancelled"]);
    expect(mails.every((m) => m.text === "" && !m.to.includes("giulia"))).toBe(true);
    const state = await db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(JSON.stringify(state.state)).not.toMatch(/Giulia|VRDLCU/);
    expect(await db.prisma.analyticsEvent.count()).toBeGreaterThanOrEqual(analyticsBefore);
    const events = await db.prisma.analyticsEvent.findMany();
    expect(JSON.stringify(events, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toMatch(
      /Giulia|VRDLCU|giulia/,
    );
    await service.stop();
  });

  it("resumes a conversation exactly where it was when the user comes back after a restart", async () => {
    const first = await createTestService(db);
    await talk(first, "comeback", FAMILY_REQUEST_TO_REVIEW.slice(0, 9));
    await first.stop();
    const second = await createTestService(db);
    const back = await second.receive({
      channel: "web",
      externalKey: "comeback",
      inbound: { kind: "start" },
    });
    expect(back.replies[0]?.text).toContain("Bentornato");
    expect(back.replies.at(-1)?.reply?.channelData.form).toEqual({ id: "family_request", field: "comune" });
    await second.stop();
  });

  it("purges conversations silent for longer than the retention period and strips old submissions", async () => {
    const service = await createTestService(db);
    await talk(service, "old-user", [...FAMILY_REQUEST_TO_REVIEW, "Invia"]);
    const { conversationId } = await service.open("web", "old-user");
    const submission = await db.prisma.submission.findFirstOrThrow({ where: { conversationId } });
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    await db.prisma.conversation.update({ where: { id: conversationId }, data: { lastActivityAt: longAgo } });
    await db.prisma.submission.update({ where: { id: submission.id }, data: { createdAt: longAgo } });
    const cutoff = new Date(Date.now() - 365 * 86_400_000);
    const outcome = await purgeExpiredData(db, cutoff, new Date());
    expect(outcome.conversations).toBeGreaterThanOrEqual(1);
    expect(await db.prisma.conversation.findUnique({ where: { id: conversationId } })).toBeNull();
    expect(await db.prisma.message.count({ where: { conversationId } })).toBe(0);
    const kept = await db.prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(kept.data).toBeNull();
    expect(kept.reference).toBe(submission.reference);
    // Pending mails survive: a request is never dropped because mail was down.
    const mails = await db.prisma.outboxMail.findMany({ where: { submissionId: submission.id } });
    expect(mails.every((m) => m.status === "pending" && m.text !== "")).toBe(true);
    await service.stop();
  });
});
