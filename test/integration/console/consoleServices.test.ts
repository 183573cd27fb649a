import { randomUUID } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffPrincipal } from "../../../src/console/auth/StaffPrincipal.ts";
import { createContentEditor } from "../../../src/console/content/createContentEditor.ts";
import { editableKindOf } from "../../../src/console/content/EDITABLE_KINDS.ts";
import { createConsoleEvents } from "../../../src/console/live/createConsoleEvents.ts";
import { createInsights } from "../../../src/console/services/createInsights.ts";
import { createStaffSessions } from "../../../src/console/services/createStaffSessions.ts";
import { createSubmissionDesk } from "../../../src/console/services/createSubmissionDesk.ts";
import type { AtsId } from "../../../src/content/ids.ts";
import { readContentFiles } from "../../../src/content/versions/readContentFiles.ts";
import { createLogger } from "../../../src/kernel/createLogger.ts";
import { insertContentVersion } from "../../../src/persistence/content/insertContentVersion.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { openTestDatabase } from "../../support/testDatabase.ts";
import { createStaffAccount } from "./support/consoleHarness.ts";
import { seedSubmission } from "./support/seedSubmission.ts";

const WHOLE_PERIOD = {
  fromDay: "2000-01-01",
  toDay: "2099-12-31",
  from: new Date("2000-01-01T00:00:00Z"),
  to: new Date("2100-01-01T00:00:00Z"),
};

describe(`the console services' rules on ${process.env.TEST_DB}`, () => {
  let db: Database;
  let drop: () => Promise<void>;

  const principal = async (role: StaffPrincipal["role"], atsId: AtsId | null = null) => {
    const account = await createStaffAccount(db, role, atsId);
    const staff: StaffPrincipal = { id: account.id, email: account.email, displayName: role, role, atsId };
    return { ...account, staff };
  };
  const auditOf = (staffId: string) =>
    db.prisma.auditLog.findMany({
      where: { staffId },
      orderBy: { id: "asc" },
      select: { action: true, details: true },
    });

  let files: Record<string, string>;

  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    files = await readContentFiles(path.resolve(import.meta.dirname, "../../../intents"));
    await insertContentVersion(db.prisma, 0, {
      files,
      hash: "test",
      origin: "files",
      authorId: null,
      note: "test",
    });
  });
  afterAll(async () => {
    await drop?.();
  });

  it("locks an account after five wrong passwords and lets the right one in only when the lock ends, each attempt audited", async () => {
    let clock = new Date("2026-11-30T09:00:00Z");
    const sessions = createStaffSessions(db, () => clock);
    const victim = await principal("operator", "ats_milano");
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await sessions.logIn(victim.email, `wrong-${i}`));
    expect(outcomes.map((o) => (o.ok ? "ok" : o.reason))).toEqual([
      "invalid_credentials",
      "invalid_credentials",
      "invalid_credentials",
      "invalid_credentials",
      "locked",
    ]);
    expect(await sessions.logIn(victim.email, victim.password)).toEqual({
      ok: false,
      reason: "locked",
      retryAfterSeconds: 900,
    });
    clock = new Date(clock.getTime() + 16 * 60_000);
    const signedIn = await sessions.logIn(victim.email, victim.password);
    expect(signedIn.ok && signedIn.staff.id).toBe(victim.id);
    expect((await auditOf(victim.id)).map((e) => e.action)).toEqual([
      "login_failed",
      "login_failed",
      "login_failed",
      "login_failed",
      "login_locked",
      "login_locked",
      "login",
    ]);
    const row = await db.prisma.staff.findUniqueOrThrow({ where: { id: victim.id } });
    expect(row.failedLogins).toBe(0);
    expect(row.lockedUntil).toBeNull();
  });

  it("ends a session on logout with its audit entry", async () => {
    const sessions = createStaffSessions(db, () => new Date());
    const member = await principal("supervisor");
    await sessions.logIn(member.email, member.password);
    const [session] = await db.prisma.staffSession.findMany({ where: { staffId: member.id } });
    await sessions.logOut(session?.id, member.staff);
    expect(await db.prisma.staffSession.count({ where: { staffId: member.id } })).toBe(0);
    expect((await auditOf(member.id)).map((e) => e.action)).toEqual(["login", "logout"]);
  });

  it("shows what users wrote only to staff who reach every ATS, and audits each read with its count", async () => {
    const insights = createInsights(db);
    const conversation = await db.prisma.conversation.create({
      data: { id: randomUUID(), channel: "web", externalKey: randomUUID(), state: {}, atsId: "ats_milano" },
    });
    await db.prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: "in",
        text: "e il parcheggio?",
        intent: "out_of_scope",
      },
    });
    const operator = await principal("operator", "ats_bergamo");
    const supervisor = await principal("supervisor");

    expect(await insights.unanswered(WHOLE_PERIOD, operator.staff)).toBeUndefined();
    expect(await insights.worstAnswers(WHOLE_PERIOD, operator.staff)).toBeUndefined();
    expect(await insights.feedbackExport(WHOLE_PERIOD, operator.staff)).toBeUndefined();
    expect(await auditOf(operator.id)).toEqual([]);

    const words = await insights.unanswered(WHOLE_PERIOD, supervisor.staff);
    expect(words?.map((w) => w.text)).toEqual(["e il parcheggio?"]);
    await insights.feedbackExport(WHOLE_PERIOD, supervisor.staff);
    expect(await auditOf(supervisor.id)).toEqual([
      { action: "unanswered.view", details: { count: 1 } },
      { action: "feedback.export", details: { count: 0, from: "2000-01-01", to: "2099-12-31" } },
    ]);
  });

  it("lists and exports only the requests of the operator's ATS, the export audited with its count", async () => {
    const desk = createSubmissionDesk(db, createConsoleEvents(db, createLogger({ LOG_LEVEL: "silent" })));
    const submission = (atsId: AtsId, province: string) => seedSubmission(db, { atsId, province });
    const bergamo = await submission("ats_bergamo", "BG");
    await submission("ats_milano", "MI");
    const operator = await principal("operator", "ats_bergamo");

    expect((await desk.list({}, operator.staff)).map((s) => s.id)).toEqual([bergamo]);
    expect((await desk.export({ province: "MI" }, operator.staff)).length).toBe(0);
    expect(await auditOf(operator.id)).toEqual([
      { action: "submission.export", details: { count: 0, filters: { province: "MI" } } },
    ]);
  });

  it("keeps nothing of a change whose audit entry cannot be written", async () => {
    const sessions = createStaffSessions(db, () => new Date());
    const editor = createContentEditor({ db, reloadContent: async () => "unavailable" });
    const member = await principal("admin");
    const [file = "", text = ""] = Object.entries(files)[0] ?? [];
    const saved = await editor.saveFiles(member.staff, {
      revision: -1,
      edits: [{ path: file, yaml: `${text}\n# first\n` }],
    });
    expect(saved.ok).toBe(true);
    await sessions.logIn(member.email, member.password);
    const [session] = await db.prisma.staffSession.findMany({ where: { staffId: member.id } });

    await db.sql.exec(`
      CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$;
      CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_audit();`);
    try {
      await expect(sessions.logIn(member.email, "wrong")).rejects.toThrow();
      await expect(sessions.logOut(session?.id, member.staff)).rejects.toThrow();
      await expect(editor.discard(member.staff, { revision: 0 })).rejects.toThrow();
      await expect(
        editor.saveFiles(member.staff, {
          revision: 0,
          edits: [{ path: "programme/notes.yaml", yaml: "a: 3\n" }],
        }),
      ).rejects.toThrow();
    } finally {
      await db.sql.exec(`DROP TRIGGER refuse_audit ON "AuditLog"; DROP FUNCTION refuse_audit();`);
    }

    const row = await db.prisma.staff.findUniqueOrThrow({ where: { id: member.id } });
    expect(row.failedLogins).toBe(0);
    expect(await db.prisma.staffSession.count({ where: { staffId: member.id } })).toBe(1);
    const draft = await editor.loadDraft();
    expect([draft?.revision, draft?.files[file]]).toEqual([0, `${text}\n# first\n`]);
  });

  it("opens to a supervisor only the draft's editable files, and shows the YAML text only to administrators", async () => {
    const editor = createContentEditor({ db, reloadContent: async () => "unavailable" });
    const supervisor = await principal("supervisor");
    const admin = await principal("admin");
    const editable = Object.keys(files).filter((p) => editableKindOf(p));
    const other = Object.keys(files).find((p) => !editableKindOf(p)) ?? "";

    expect((await editor.draftFor(supervisor.staff))?.readable.sort()).toEqual(editable.sort());
    expect((await editor.draftFor(admin.staff))?.readable.length).toBe(Object.keys(files).length);
    expect(await editor.draftFile(supervisor.staff, other)).toBeUndefined();
    expect((await editor.draftFile(admin.staff, other))?.yaml).toBe(true);
    expect((await editor.draftFile(supervisor.staff, editable[0] ?? ""))?.yaml).toBe(false);
  });
});
