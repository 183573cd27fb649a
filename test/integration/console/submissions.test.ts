import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import type { StaffClient } from "./support/StaffClient.ts";
import { type SeededSubmission, seedSubmission } from "./support/seedSubmission.ts";

describe(`submissions and the outbox on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asSupervisor: StaffClient;
  let asAdmin: StaffClient;
  const ids: Record<string, string> = {};

  const seed = async (key: string, fields: SeededSubmission) => {
    const reference = `CVL-2026-${key.toUpperCase().padEnd(5, "0").slice(0, 5)}`;
    ids[key] = await seedSubmission(h.db, {
      ...fields,
      reference,
      title: { it: "Richiesta", en: "Request" },
    });
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    asSupervisor = await signIn(h, "supervisor");
    asAdmin = await signIn(h, "admin");
    await seed("famA", {
      province: "BG",
      atsId: "ats_bergamo",
      createdAt: new Date("2026-11-20T10:00:00Z"),
      facts: [
        { label: "Nome", value: "Anna" },
        { label: "Note", value: '=HYPERLINK("http://evil.example","clic")' },
      ],
    });
    await seed("firmB", {
      formId: "firm_request",
      actionIds: ["firm.smart_working", "firm.leave_flexibility_plans"],
      province: "MI",
      atsId: "ats_milano",
      createdAt: new Date("2026-11-24T10:00:00Z"),
      status: "in_review",
      facts: [{ label: "Ragione sociale", value: "Rossi Srl" }],
    });
    await seed("famC", {
      actionIds: ["family.pre_post_school"],
      province: "BG",
      atsId: "ats_bergamo",
      createdAt: new Date("2026-11-24T23:30:00Z"),
      facts: [{ label: "Nome", value: "Carla" }],
    });
  });
  afterAll(async () => {
    await h?.dispose();
  });

  const refs = async (query: string) => {
    const res = await asSupervisor.json(`/console/api/submissions${query}`);
    expect(res.status).toBe(200);
    const body = JSON.stringify(res.body);
    return Object.entries(ids)
      .filter(([, id]) => body.includes(id))
      .map(([key]) => key)
      .sort();
  };

  it("filters by action, province, status and Italian dates", async () => {
    expect(await refs("")).toEqual(["famA", "famC", "firmB"]);
    expect(await refs("?action=firm.smart_working")).toEqual(["firmB"]);
    expect(await refs("?province=BG")).toEqual(["famA", "famC"]);
    expect(await refs("?status=in_review")).toEqual(["firmB"]);
    // 24 Nov 23:30 UTC is already 25 November in Rome.
    expect(await refs("?from=2026-11-24&to=2026-11-24")).toEqual(["firmB"]);
    expect(await refs("?from=2026-11-25")).toEqual(["famC"]);
  });

  it("rejects a filter it does not know with 400", async () => {
    expect((await asSupervisor.fetch("/console/api/submissions?action=firm.nonsense")).status).toBe(400);
    expect((await asSupervisor.fetch("/console/api/submissions?from=25/11/2026")).status).toBe(400);
  });

  it("shows a submission's detail as the user reviewed it", async () => {
    const res = await asSupervisor.json(`/console/api/submissions/${ids.firmB}`);
    expect(res.body).toMatchObject({
      submission: { status: "in_review", facts: [{ label: "Ragione sociale", value: "Rossi Srl" }] },
      mails: [],
    });
  });

  it("exports the filtered selection as CSV with formulas neutralised, and audits the export", async () => {
    const res = await asSupervisor.fetch("/console/api/submissions.csv?province=BG");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(
      /attachment; filename="richieste-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const csv = await res.text();
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('"Riferimento";"Data";"Modulo";"Azioni";"Provincia";"ATS";"Stato";"Nome";"Note"');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""clic"")"`);
    expect(csv).not.toContain('"=HYPERLINK');
    expect(csv).not.toContain("Rossi Srl");
    const audit = JSON.stringify(
      (await asAdmin.json("/console/api/admin/audit?action=submission.export")).body,
    );
    expect(audit).toContain('"count":2');
  });

  it("changes a submission's status and records who did it", async () => {
    const res = await asSupervisor.patch(`/console/api/submissions/${ids.famA}`, { status: "contacted" });
    expect(res.status).toBe(200);
    expect((await h.db.prisma.submission.findUniqueOrThrow({ where: { id: ids.famA } })).status).toBe(
      "contacted",
    );
    expect(
      (await asSupervisor.patch(`/console/api/submissions/${ids.famA}`, { status: "lost" })).status,
    ).toBe(400);
    const audit = await asAdmin.json(`/console/api/admin/audit?objectId=${ids.famA}`);
    expect(audit.body).toMatchObject({
      entries: [{ action: "submission.status", details: { from: "new", to: "contacted" } }],
    });
  });

  it("lists the outbox with delivery status, retries a failed mail and never resends a sent one", async () => {
    const failed = randomUUID();
    const sent = randomUUID();
    await h.db.prisma.outboxMail.createMany({
      data: [
        {
          id: failed,
          kind: "submission",
          dedupeKey: `t:${failed}`,
          to: "conciliazione@regione.lombardia.it",
          subject: "Richiesta CVL-2026-FAMA0",
          text: "x",
          submissionId: ids.famA,
          status: "failed",
          attempts: 12,
          lastError: "ECONNREFUSED",
          nextAttemptAt: new Date(Date.now() + 86_400_000),
        },
        {
          id: sent,
          kind: "receipt",
          dedupeKey: `t:${sent}`,
          to: "utente@example.test",
          subject: "Ricevuta",
          text: "y",
          status: "sent",
          attempts: 1,
          sentAt: new Date(),
        },
      ],
    });
    const list = await asSupervisor.json("/console/api/outbox?status=failed");
    expect(list.body).toMatchObject({
      items: [{ id: failed, status: "failed", attempts: 12, lastError: "ECONNREFUSED" }],
    });
    expect(JSON.stringify(list.body)).not.toContain(sent);

    expect((await asSupervisor.fetch(`/console/api/outbox/${failed}/retry`, { method: "POST" })).status).toBe(
      200,
    );
    const retried = await h.db.prisma.outboxMail.findUniqueOrThrow({ where: { id: failed } });
    expect(retried.status).toBe("pending");
    expect(retried.attempts).toBe(0);
    expect(retried.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());

    expect((await asSupervisor.fetch(`/console/api/outbox/${sent}/retry`, { method: "POST" })).status).toBe(
      409,
    );
    expect((await h.db.prisma.outboxMail.findUniqueOrThrow({ where: { id: sent } })).status).toBe("sent");

    const detail = await asSupervisor.json(`/console/api/submissions/${ids.famA}`);
    expect(detail.body).toMatchObject({ mails: [{ id: failed, status: "pending" }] });
    const audit = JSON.stringify((await asAdmin.json(`/console/api/admin/audit?objectId=${failed}`)).body);
    expect(audit).toContain('"outbox.retry"');
    expect(audit).toContain('"previousAttempts":12');
  });
});
