import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "../../../src/console/auth/verifyPassword.ts";
import { applyMigrations } from "../../../src/persistence/applyMigrations.ts";
import { openPglite } from "../../../src/persistence/openPglite.ts";
import { openPostgres } from "../../../src/persistence/openPostgres.ts";
import { ROOT, runTs } from "../../support/runProcess.ts";
import { createTestDatabaseTarget } from "../../support/testDatabase.ts";
import {
  type ConsoleHarness,
  createStaffAccount,
  signIn,
  startConsoleHarness,
} from "./support/consoleHarness.ts";
import { StaffClient } from "./support/StaffClient.ts";

describe(`staff accounts on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asAdmin: StaffClient;
  let adminId: string;

  beforeAll(async () => {
    h = await startConsoleHarness();
    const admin = await createStaffAccount(h.db, "admin");
    adminId = admin.id;
    asAdmin = await StaffClient.login(h.url, admin.email, admin.password);
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("creates an account with a generated password shown once, stored as an argon2id hash", async () => {
    const res = await asAdmin.json("/console/api/admin/staff", {
      method: "POST",
      body: {
        email: "Nuova.Operatrice@example.test",
        displayName: "Nuova",
        role: "operator",
        atsId: "ats_val_padana",
      },
    });
    expect(res.status).toBe(201);
    const body = res.body;
    const password =
      typeof body === "object" &&
      body &&
      "generatedPassword" in body &&
      typeof body.generatedPassword === "string"
        ? body.generatedPassword
        : "";
    expect(password.length).toBeGreaterThanOrEqual(12);
    const row = await h.db.prisma.staff.findUniqueOrThrow({
      where: { email: "nuova.operatrice@example.test" },
    });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(row.passwordHash).not.toContain(password);
    const client = await StaffClient.login(h.url, "nuova.operatrice@example.test", password);
    expect((await client.json("/console/api/session")).body).toMatchObject({
      staff: { role: "operator", atsId: "ats_val_padana" },
    });
    const list = JSON.stringify((await asAdmin.json("/console/api/admin/staff")).body);
    expect(list).not.toContain("passwordHash");
  });

  it("refuses an operator without an ATS, a short password and a taken email", async () => {
    const noAts = await asAdmin.fetch("/console/api/admin/staff", {
      method: "POST",
      body: { email: "x1@example.test", displayName: "X", role: "operator" },
    });
    expect(noAts.status).toBe(400);
    const short = await asAdmin.fetch("/console/api/admin/staff", {
      method: "POST",
      body: { email: "x2@example.test", displayName: "X", role: "supervisor", password: "corta" },
    });
    expect(short.status).toBe(400);
    const taken = await asAdmin.fetch("/console/api/admin/staff", {
      method: "POST",
      body: { email: "nuova.operatrice@example.test", displayName: "X", role: "supervisor" },
    });
    expect(taken.status).toBe(409);
  });

  it("ends the sessions of a deactivated account at once", async () => {
    const victim = await createStaffAccount(h.db, "supervisor", null, "leaving");
    const client = await StaffClient.login(h.url, victim.email, victim.password);
    expect((await client.fetch("/console/api/queue")).status).toBe(200);
    const res = await asAdmin.patch(`/console/api/admin/staff/${victim.id}`, { active: false });
    expect(res.status).toBe(200);
    expect((await client.fetch("/console/api/queue")).status).toBe(401);
    expect((await StaffClient.attempt(h.url, victim.email, victim.password)).status).toBe(401);
  });

  it("does not let an administrator lock themselves out", async () => {
    const res = await asAdmin.patch(`/console/api/admin/staff/${adminId}`, { active: false });
    expect(res.status).toBe(400);
  });

  it("reloads the content files for administrators only, and audits it", async () => {
    expect((await asAdmin.fetch("/console/api/admin/content/reload", { method: "POST" })).status).toBe(200);
    const asSupervisor = await signIn(h, "supervisor", null, "notadmin");
    expect((await asSupervisor.fetch("/console/api/admin/content/reload", { method: "POST" })).status).toBe(
      403,
    );
    const audit = JSON.stringify((await asAdmin.json("/console/api/admin/audit?action=content.reload")).body);
    expect(audit).toContain('"ok":true');
  });
});

describe(`a content reload with a broken file on ${process.env.TEST_DB}`, () => {
  it("reports every problem and keeps answering with the content it had", async () => {
    const contentDir = await mkdtemp(path.join(tmpdir(), "conciliabot-content-"));
    await cp(path.join(ROOT, "intents"), contentDir, { recursive: true });
    const h = await startConsoleHarness({ CONTENT_DIR: contentDir });
    try {
      const asAdmin = await signIn(h, "admin");
      await writeFile(path.join(contentDir, "programme/actions.yaml"), "period: p2017_2018\nactions: []\n");
      const res = await asAdmin.json("/console/api/admin/content/reload", { method: "POST" });
      expect(res.status).toBe(422);
      expect(JSON.stringify(res.body)).toContain("actions.yaml");
      const start = await h.gateway.receive({
        channel: "web",
        externalKey: "after-reload",
        inbound: { kind: "start" },
      });
      expect(start.replies.length).toBeGreaterThan(0);
    } finally {
      await h.dispose();
      await rm(contentDir, { recursive: true, force: true });
    }
  });
});

describe(`npm run -s cli -- staff:create on ${process.env.TEST_DB}`, () => {
  it("creates the first administrator from a password on stdin, and generates one when stdin is empty", async () => {
    const target = await createTestDatabaseTarget();
    const env = {
      DATA_DIR: target.dataDir,
      LOG_LEVEL: "silent",
      ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    };
    const cli = path.join(ROOT, "src/app/cli.ts");
    try {
      const first = await runTs(
        cli,
        ["staff:create", "--email", "Admin@Regione.example", "--role", "admin", "--name", "Amministratrice"],
        env,
        "una-password-lunga-abbastanza\n",
      );
      expect(first.stderr).toBe("");
      expect(first.code).toBe(0);
      expect(first.stdout).toBe("Creato l'account admin@regione.example (admin).\n");

      const second = await runTs(
        cli,
        ["staff:create", "--email", "op@regione.example", "--role", "operator", "--ats", "ats_bergamo"],
        env,
        "",
      );
      expect(second.code).toBe(0);
      const generated = /Password generata \(non sarà più mostrata\): (\S+)/.exec(second.stdout)?.[1] ?? "";
      expect(generated.length).toBeGreaterThanOrEqual(12);

      const missingAts = await runTs(
        cli,
        ["staff:create", "--email", "x@regione.example", "--role", "operator"],
        env,
        "",
      );
      expect(missingAts.code).toBe(2);
      expect(missingAts.stderr).toContain("--ats");
      const duplicate = await runTs(
        cli,
        ["staff:create", "--email", "admin@regione.example", "--role", "admin"],
        env,
        "una-password-lunga-abbastanza\n",
      );
      expect(duplicate.code).toBe(1);

      const db = target.databaseUrl
        ? await openPostgres({ url: target.databaseUrl, onBackgroundError: () => undefined })
        : await openPglite(target.dataDir);
      try {
        await applyMigrations(db.sql);
        const admin = await db.prisma.staff.findUniqueOrThrow({ where: { email: "admin@regione.example" } });
        expect(admin).toMatchObject({ role: "admin", displayName: "Amministratrice", atsId: null });
        expect(await verifyPassword(admin.passwordHash, "una-password-lunga-abbastanza")).toBe(true);
        const operator = await db.prisma.staff.findUniqueOrThrow({ where: { email: "op@regione.example" } });
        expect(await verifyPassword(operator.passwordHash, generated)).toBe(true);
        expect(operator.atsId).toBe("ats_bergamo");
      } finally {
        await db.close();
      }
    } finally {
      await target.drop();
    }
  });
});
