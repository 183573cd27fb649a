import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { romeWallClock } from "../../../src/conversation/handoff/romeWallClock.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import { escalate, say } from "./support/escalate.ts";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** Office hours on a day that is not today in Rome: nobody is on duty during the test. */
function closedToday(): string {
  const today = romeWallClock(new Date()).weekday;
  return `${DAYS[(today + 1) % 7]} 09:00-17:00`;
}

describe(`nobody on duty: the mailbox offer on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsoleHarness({
      OFFICE_HOURS: closedToday(),
      PROGRAMME_MAILBOX: "programma@example.test",
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("tells the user nobody is on duty, keeps the request queued and offers the mailbox", async () => {
    const { conversationId, replies } = await escalate(h, "night-owl", {
      atsId: "ats_pavia",
      province: "PV",
    });
    const offer = replies.at(-1);
    expect(offer?.text).toContain("non c'è nessuno in servizio");
    expect(offer?.text).toContain("programma@example.test");
    expect(offer?.reply?.buttons.map((b) => b.label)).toEqual(["Sì, inoltra", "No, resto in attesa"]);
    const row = await h.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row.handoffStatus).toBe("queued");
    expect(row.handoffOfferedAt).not.toBeNull();
  });

  it("forwards the transcript to the programme mailbox through the outbox once, and the request stays in the queue", async () => {
    const conversation = await h.db.prisma.conversation.findFirstOrThrow({
      where: { externalKey: "night-owl" },
    });
    const asked = await say(h, "night-owl", "Sì, inoltra la conversazione");
    expect(asked.map((r) => r.text).join(" ")).toContain("email o un numero di telefono");
    const invalid = await say(h, "night-owl", "la mia email è giulia@");
    expect(invalid.map((r) => r.text).join(" ")).toContain("Non ho trovato");
    expect(await h.db.prisma.outboxMail.count({ where: { kind: "handoff_transcript" } })).toBe(0);
    const replies = await say(h, "night-owl", "la mia email è giulia.verdi@example.it");
    expect(replies.map((r) => r.text).join(" ")).toContain("ho inoltrato la conversazione");
    const reference = replies.at(-1)?.reply?.channelData.reference ?? "";
    expect(reference).toMatch(/^CVL-/);
    const mails = await h.db.prisma.outboxMail.findMany({ where: { kind: "handoff_transcript" } });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "programma@example.test", status: "pending" });
    expect(mails[0]?.dedupeKey).toMatch(new RegExp(`^handoff_transcript:${conversation.id}:`));
    expect(mails[0]?.text).toContain("Utente: Parlare con una persona");
    // The mail leads with the contact the user left and the reference they were given.
    expect(mails[0]?.text).toContain("Recapito dell'utente: giulia.verdi@example.it");
    expect(mails[0]?.text).toContain(reference);
    await say(h, "night-owl", "sì");
    expect(await h.db.prisma.outboxMail.count({ where: { kind: "handoff_transcript" } })).toBe(1);
    const row = await h.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.handoffStatus).toBe("queued");
    expect(row.handoffForwardedAt).not.toBeNull();
    const client = await signIn(h, "supervisor");
    const queue = await client.json("/console/api/queue");
    expect(queue.body).toMatchObject({ items: [{ id: conversation.id, forwardedAt: expect.any(String) }] });
  });

  it("lets the user decline and simply wait", async () => {
    await escalate(h, "patient", { atsId: "ats_pavia", province: "PV" });
    const replies = await say(h, "patient", "No, resto in attesa");
    expect(replies[0]?.text).toContain("resti in coda");
    expect(await h.db.prisma.outboxMail.count({ where: { kind: "handoff_transcript" } })).toBe(1);
  });
});

describe(`a wait past the limit on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsoleHarness({ HANDOFF_MAX_WAIT_MINUTES: "10" });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("offers the mailbox once to a conversation that waited too long, on one instance only", async () => {
    const { conversationId, replies } = await escalate(h, "waiting", {
      atsId: "ats_insubria",
      province: "VA",
    });
    expect(replies.at(-1)?.text).toContain("Sei il primo in coda");
    expect(await h.desk.sweepOverdue()).toBe(0);
    await h.db.prisma.conversation.update({
      where: { id: conversationId },
      data: { handoffQueuedAt: new Date(Date.now() - 11 * 60_000) },
    });
    const [a, b] = await Promise.all([h.desk.sweepOverdue(), h.desk.sweepOverdue()]);
    expect(a + b).toBe(1);
    const last = (await h.gateway.history(conversationId)).at(-1);
    expect(last?.text).toContain("l'attesa è più lunga del solito");
    expect(last?.reply?.buttons).toHaveLength(2);
    expect(await h.desk.sweepOverdue()).toBe(0);
    await say(h, "waiting", "Sì, inoltra la conversazione");
    const replies2 = await say(h, "waiting", "+39 347 123 4567");
    expect(replies2[0]?.text).toContain("ho inoltrato");
  });
});
