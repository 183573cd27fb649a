import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboundEvent } from "../../../src/conversation/ports/ConversationGateway.ts";
import {
  type ConsoleHarness,
  createStaffAccount,
  signIn,
  startConsoleHarness,
  type TestStaff,
} from "./support/consoleHarness.ts";
import { escalate, say } from "./support/escalate.ts";
import { openEventStream } from "./support/openEventStream.ts";
import { StaffClient } from "./support/StaffClient.ts";

describe(`the handoff from the bot to a person on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let anna: TestStaff;
  let asAnna: StaffClient;
  let asBruno: StaffClient;
  let asAdmin: StaffClient;
  let conversationId: string;
  let waitingId: string;
  const outbound: OutboundEvent[] = [];

  beforeAll(async () => {
    h = await startConsoleHarness();
    anna = await createStaffAccount(h.db, "operator", "ats_brescia", "Anna");
    asAnna = await StaffClient.login(h.url, anna.email, anna.password);
    asBruno = await signIn(h, "operator", "ats_brescia", "Bruno");
    asAdmin = await signIn(h, "admin");
    h.gateway.onOutbound((event) => outbound.push(event));
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("queues a user who asks for a person, with a reason, the territory and a place in line, live in the console", async () => {
    const stream = await openEventStream(asAnna);
    try {
      await h.gateway.receive({ channel: "telegram", externalKey: "chat-1", inbound: { kind: "start" } });
      await say(h, "chat-1", "Impresa", "telegram");
      const first = await escalate(h, "chat-1", { atsId: "ats_brescia", province: "BS" }, "telegram");
      conversationId = first.conversationId;
      const texts = first.replies.map((r) => r.text);
      expect(texts.some((t) => t.includes("Sei il primo in coda"))).toBe(true);
      expect(first.replies.every((r) => r.reply?.channelData.handoff === "queued")).toBe(true);
      await stream.waitFor((e) => e.type === "queue" && e.data.id === conversationId);

      const second = await escalate(h, "chat-2", { atsId: "ats_brescia", province: "BS" }, "telegram");
      waitingId = second.conversationId;
      expect(second.replies.map((r) => r.text).join(" ")).toContain("Prima di te c'è 1 persona");

      const queue = await asAnna.json("/console/api/queue");
      expect(queue.body).toMatchObject({
        items: [
          {
            id: conversationId,
            status: "queued",
            reason: "user_request",
            channel: "telegram",
            atsId: "ats_brescia",
            province: "BS",
          },
          { id: second.conversationId, status: "queued" },
        ],
      });
    } finally {
      stream.close();
    }
  });

  it("keeps the bot answering while the conversation only waits", async () => {
    const replies = await say(h, "chat-2", "Che cos'è il programma di conciliazione?", "telegram");
    expect(replies.length).toBeGreaterThan(0);
  });

  it("lets one staff member claim it; a second claim is refused and the user is told", async () => {
    const before = outbound.length;
    expect((await asAnna.act(conversationId, "claim")).status).toBe(200);
    const again = await asBruno.act(conversationId, "claim");
    expect(again.status).toBe(409);
    const history = await h.gateway.history(conversationId);
    expect(history.at(-1)?.text).toContain("ha preso in carico la conversazione");
    expect(outbound.slice(before).some((e) => e.conversationId === conversationId)).toBe(true);
    const claimed = await h.db.prisma.analyticsEvent.findFirst({ where: { kind: "handoff_claimed" } });
    expect(claimed?.value).toBeGreaterThanOrEqual(0);
  });

  it("keeps the bot quiet while the staff member handles it, and shows the user's message live", async () => {
    const stream = await openEventStream(asAnna);
    try {
      const replies = await say(h, "chat-1", "Ho 40 dipendenti e vorrei lo smart working", "telegram");
      expect(replies).toEqual([]);
      await stream.waitFor((e) => e.type === "conversation" && e.data.id === conversationId);
      const view = await asAnna.json(`/console/api/conversations/${conversationId}?refresh=1`);
      expect(JSON.stringify(view.body)).toContain("Ho 40 dipendenti e vorrei lo smart working");
    } finally {
      stream.close();
    }
  });

  it("delivers the staff member's reply to the user's channel as a staff message", async () => {
    const before = outbound.length;
    const sent = await asAnna.act(conversationId, "reply", {
      text: "Buongiorno, sono Anna della rete di Brescia.",
    });
    expect(sent.status).toBe(200);
    const event = outbound.slice(before).find((e) => e.conversationId === conversationId);
    expect(event).toMatchObject({ channel: "telegram", externalKey: "chat-1" });
    const history = await h.gateway.history(conversationId);
    expect(history.at(-1)).toMatchObject({
      direction: "staff",
      text: "Buongiorno, sono Anna della rete di Brescia.",
    });
    const row = await h.db.prisma.message.findFirstOrThrow({ where: { conversationId, direction: "staff" } });
    expect(row.staffId).toBe(anna.id);
    const undelivered = await h.gateway.undelivered("telegram");
    expect(undelivered.some((m) => m.direction === "staff" && m.externalKey === "chat-1")).toBe(true);
  });

  it("refuses a reply from someone the conversation is not assigned to", async () => {
    const res = await asBruno.act(conversationId, "reply", { text: "Intrusione" });
    expect(res.status).toBe(409);
  });

  it("keeps internal notes away from the user", async () => {
    expect((await asAnna.act(conversationId, "notes", { text: "Richiamare" })).status).toBe(200);
    const view = await asBruno.json(`/console/api/conversations/${conversationId}?refresh=1`);
    expect(view.body).toMatchObject({ notes: [{ text: "Richiamare", staffName: "Anna" }] });
    expect((await h.gateway.history(conversationId)).some((m) => m.text === "Richiamare")).toBe(false);
  });

  it("shows the transcript with the bot's understanding beside each message", async () => {
    const view = await asAnna.json(`/console/api/conversations/${conversationId}`);
    const body = JSON.stringify(view.body);
    expect(body).toContain('"intent":"human_handoff"');
    expect(body).toContain('"direction":"staff"');
    const waiting = await asAnna.json(`/console/api/conversations/${waitingId}`);
    expect(waiting.body).toMatchObject({
      messages: expect.arrayContaining([
        expect.objectContaining({
          direction: "in",
          text: "Che cos'è il programma di conciliazione?",
          intent: expect.any(String),
          confidence: expect.any(Number),
        }),
      ]),
    });
  });

  it("offers canned replies and close outcomes as data", async () => {
    const canned = await asAnna.json("/console/api/canned-replies");
    expect(JSON.stringify(canned.body)).toContain("conciliazione@regione.lombardia.it");
    const outcomes = await asAnna.json("/console/api/outcomes");
    expect(JSON.stringify(outcomes.body)).toContain('"resolved"');
  });

  it("hands the conversation back: the bot answers again from where it was", async () => {
    const stateBefore = (await h.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } }))
      .state;
    expect((await asAnna.act(conversationId, "handback")).status).toBe(200);
    const row = await h.db.prisma.conversation.findUniqueOrThrow({ where: { id: conversationId } });
    expect(row).toMatchObject({ handoffStatus: "none", assignedStaffId: null });
    expect(row.state).toEqual(stateBefore);
    const history = await h.gateway.history(conversationId);
    expect(history.at(-1)?.text).toContain("assistente automatico");
    const replies = await say(h, "chat-1", "aiuto", "telegram");
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]?.direction).toBe("bot");
  });

  it("closes an escalation with an outcome, counted for the dashboard", async () => {
    const id = waitingId;
    expect((await asBruno.act(id, "claim")).status).toBe(200);
    const closed = await asBruno.act(id, "close", { outcome: "resolved" });
    expect(closed.status).toBe(200);
    expect((await h.db.prisma.conversation.findUniqueOrThrow({ where: { id } })).handoffStatus).toBe("none");
    const event = await h.db.prisma.analyticsEvent.findFirst({ where: { kind: "handoff_closed" } });
    expect(event?.step).toBe("resolved");
    const bad = await asBruno.act(id, "close", { outcome: "boh" });
    expect(bad.status).toBe(400);
  });

  it("lets a supervisor or the assignee reassign, and the new person can reply", async () => {
    const { conversationId: id } = await escalate(
      h,
      "chat-3",
      { atsId: "ats_brescia", province: "BS" },
      "telegram",
    );
    expect((await asAnna.act(id, "claim")).status).toBe(200);
    const bruno = await h.db.prisma.staff.findFirstOrThrow({ where: { displayName: "Bruno" } });
    expect((await asAnna.act(id, "reassign", { staffId: bruno.id })).status).toBe(200);
    expect((await asBruno.act(id, "reply", { text: "Eccomi" })).status).toBe(200);
  });

  it("writes every staff action to the audit log, without what the user wrote", async () => {
    const audit = await asAdmin.json(`/console/api/admin/audit?objectId=${conversationId}`);
    const actions = JSON.stringify(audit.body);
    for (const action of [
      "conversation.view",
      "conversation.claim",
      "conversation.reply",
      "conversation.note",
      "conversation.handback",
    ]) {
      expect(actions).toContain(`"${action}"`);
    }
    expect(actions).not.toContain("Buongiorno, sono Anna");
    expect(actions).toContain(anna.email.toLowerCase());
  });
});
