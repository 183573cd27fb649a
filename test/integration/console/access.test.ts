import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ConsoleHarness,
  createStaffAccount,
  signIn,
  startConsoleHarness,
} from "./support/consoleHarness.ts";
import { escalate } from "./support/escalate.ts";
import { StaffClient } from "./support/StaffClient.ts";
import { seedSubmission } from "./support/seedSubmission.ts";

describe(`territory access on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let bergamo: StaffClient;
  let supervisor: StaffClient;
  let milanoConversation: string;
  let bergamoConversation: string;
  let milanoSubmission: string;
  let bergamoSubmission: string;

  const submission = (atsId: string, province: string) =>
    seedSubmission(h.db, { atsId, province, facts: [{ label: "Nome", value: "Anna" }] });

  beforeAll(async () => {
    h = await startConsoleHarness();
    bergamo = await signIn(h, "operator", "ats_bergamo");
    supervisor = await signIn(h, "supervisor");
    milanoConversation = (await escalate(h, "mi-user", { atsId: "ats_milano", province: "MI" }))
      .conversationId;
    bergamoConversation = (await escalate(h, "bg-user", { atsId: "ats_bergamo", province: "BG" }))
      .conversationId;
    milanoSubmission = await submission("ats_milano", "MI");
    bergamoSubmission = await submission("ats_bergamo", "BG");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("shows an escalation without a territory to every operator until one takes it", async () => {
    const nowhere = (await escalate(h, "nowhere-user")).conversationId;
    expect(JSON.stringify((await bergamo.json("/console/api/queue")).body)).toContain(nowhere);
    const other = await createStaffAccount(h.db, "operator", "ats_pavia");
    const pavia = await StaffClient.login(h.url, other.email, other.password);
    expect(JSON.stringify((await pavia.json("/console/api/queue")).body)).toContain(nowhere);
    const claimed = await pavia.act(nowhere, "claim");
    expect(claimed.status).toBe(200);
    expect(JSON.stringify((await bergamo.json("/console/api/queue")).body)).not.toContain(nowhere);
    expect(JSON.stringify((await pavia.json("/console/api/queue")).body)).toContain(nowhere);
  });

  it("shows an operator the queue of their own ATS only, and a supervisor everyone's", async () => {
    const mine = await bergamo.json("/console/api/queue");
    expect(JSON.stringify(mine.body)).toContain(bergamoConversation);
    expect(JSON.stringify(mine.body)).not.toContain(milanoConversation);
    const all = await supervisor.json("/console/api/queue");
    expect(JSON.stringify(all.body)).toContain(bergamoConversation);
    expect(JSON.stringify(all.body)).toContain(milanoConversation);
  });

  it("answers 404 to an operator of ATS Bergamo for a Milano conversation, whatever the route", async () => {
    const id = milanoConversation;
    const attempts: Array<[string, string, unknown]> = [
      ["GET", `/console/api/conversations/${id}`, undefined],
      ["GET", `/console/api/conversations/${id}/assignees`, undefined],
      ["POST", `/console/api/conversations/${id}/claim`, undefined],
      ["POST", `/console/api/conversations/${id}/reply`, { text: "ciao" }],
      ["POST", `/console/api/conversations/${id}/notes`, { text: "nota" }],
      ["POST", `/console/api/conversations/${id}/reassign`, { staffId: "x" }],
      ["POST", `/console/api/conversations/${id}/handback`, undefined],
      ["POST", `/console/api/conversations/${id}/close`, { outcome: "resolved" }],
      ["GET", `/console/conversations/${id}`, undefined],
    ];
    for (const [method, path, body] of attempts) {
      const res = await bergamo.fetch(path, { method, body });
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 404`);
    }
    const row = await h.db.prisma.conversation.findUniqueOrThrow({ where: { id } });
    expect(row.handoffStatus).toBe("queued");
    expect(await h.db.prisma.note.count({ where: { conversationId: id } })).toBe(0);
  });

  it("lets the operator work on a conversation of their own ATS", async () => {
    const view = await bergamo.json(`/console/api/conversations/${bergamoConversation}`);
    expect(view.status).toBe(200);
    expect((await bergamo.fetch(`/console/conversations/${bergamoConversation}`)).status).toBe(200);
  });

  it("answers 404 for a Milano submission by id and leaves it out of lists and exports", async () => {
    expect((await bergamo.fetch(`/console/api/submissions/${milanoSubmission}`)).status).toBe(404);
    expect(
      (await bergamo.patch(`/console/api/submissions/${milanoSubmission}`, { status: "closed" })).status,
    ).toBe(404);
    expect((await bergamo.fetch(`/console/submissions/${milanoSubmission}`)).status).toBe(404);
    const list = JSON.stringify((await bergamo.json("/console/api/submissions")).body);
    expect(list).toContain(bergamoSubmission);
    expect(list).not.toContain(milanoSubmission);
    const csv = await (await bergamo.fetch("/console/api/submissions.csv")).text();
    expect(csv.split("\r\n").filter((line) => line.includes('"ats_milano"'))).toEqual([]);
    expect(csv).toContain('"ats_bergamo"');
    const unchanged = await h.db.prisma.submission.findUniqueOrThrow({ where: { id: milanoSubmission } });
    expect(unchanged.status).toBe("new");
  });

  it("shows nothing to an operator who has no ATS yet", async () => {
    const loose = await createStaffAccount(h.db, "operator", null, "loose");
    const client = await StaffClient.login(h.url, loose.email, loose.password);
    expect((await client.json("/console/api/queue")).body).toMatchObject({ items: [] });
    expect((await client.fetch(`/console/api/conversations/${bergamoConversation}`)).status).toBe(404);
  });

  it("does not hand a conversation to an operator of another ATS", async () => {
    const other = await createStaffAccount(h.db, "operator", "ats_milano", "milano");
    const res = await supervisor.act(bergamoConversation, "reassign", { staffId: other.id });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: "bad_target" });
  });

  it("sends live queue events to an operator only for their ATS", async () => {
    const { openEventStream } = await import("./support/openEventStream.ts");
    const stream = await openEventStream(bergamo);
    try {
      const mi = await escalate(h, "mi-user-2", { atsId: "ats_milano", province: "MI" });
      const bg = await escalate(h, "bg-user-2", { atsId: "ats_bergamo", province: "BG" });
      await stream.waitFor((e) => e.data.id === bg.conversationId);
      expect(stream.events.some((e) => e.data.id === mi.conversationId)).toBe(false);
    } finally {
      stream.close();
    }
  });
});
