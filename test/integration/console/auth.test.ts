import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { createStaffAccount, signIn, startConsoleHarness, type TestStaff } from "./support/consoleHarness.ts";
import { StaffClient } from "./support/StaffClient.ts";

const API_ROUTES: Array<[string, string]> = [
  ["GET", "/console/api/session"],
  ["GET", "/console/api/queue"],
  ["GET", "/console/api/events"],
  ["GET", "/console/api/canned-replies"],
  ["GET", "/console/api/outcomes"],
  ["GET", "/console/api/conversations/c-1"],
  ["GET", "/console/api/conversations/c-1/assignees"],
  ["POST", "/console/api/conversations/c-1/claim"],
  ["POST", "/console/api/conversations/c-1/reassign"],
  ["POST", "/console/api/conversations/c-1/reply"],
  ["POST", "/console/api/conversations/c-1/notes"],
  ["POST", "/console/api/conversations/c-1/handback"],
  ["POST", "/console/api/conversations/c-1/close"],
  ["GET", "/console/api/submissions"],
  ["GET", "/console/api/submissions.csv"],
  ["GET", "/console/api/submissions/s-1"],
  ["PATCH", "/console/api/submissions/s-1"],
  ["GET", "/console/api/outbox"],
  ["POST", "/console/api/outbox/m-1/retry"],
  ["GET", "/console/api/dashboard"],
  ["GET", "/console/api/dashboard/unanswered"],
  ["GET", "/console/api/admin/staff"],
  ["POST", "/console/api/admin/staff"],
  ["PATCH", "/console/api/admin/staff/x"],
  ["POST", "/console/api/admin/content/reload"],
  ["GET", "/console/api/admin/audit"],
  ["POST", "/console/api/logout"],
  ["GET", "/console/api/anything-else"],
];

describe(`console sign-in and roles on ${process.env.TEST_DB}`, () => {
  let service: TestService;
  let admin: TestStaff;
  let supervisor: TestStaff;
  let operator: TestStaff;

  beforeAll(async () => {
    service = await startTestService();
    admin = await createStaffAccount(service.db, "admin");
    supervisor = await createStaffAccount(service.db, "supervisor");
    operator = await createStaffAccount(service.db, "operator", "ats_bergamo");
  });
  afterAll(async () => {
    await service?.dispose();
  });

  it("answers 401 on every console API without a session", async () => {
    for (const [method, path] of API_ROUTES) {
      const res = await fetch(`${service.url}${path}`, {
        method,
        headers: { "Content-Type": "application/json" },
        ...(method === "GET" ? {} : { body: "{}" }),
      });
      expect(`${method} ${path} ${res.status}`).toBe(`${method} ${path} 401`);
    }
  });

  it("answers 401 to a forged or expired-looking cookie", async () => {
    const res = await fetch(`${service.url}/console/api/queue`, {
      headers: { cookie: "cb_console=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" },
    });
    expect(res.status).toBe(401);
  });

  it("sends pages without a session to the login page", async () => {
    const res = await fetch(`${service.url}/console/dashboard`, { redirect: "manual" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/console/login?next=%2Fconsole%2Fdashboard");
    const login = await fetch(`${service.url}/console/login`);
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('<html lang="it">');
    expect(login.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("signs in with the right password: an httpOnly, SameSite=Strict cookie stored only as its hash", async () => {
    const client = await StaffClient.login(service.url, admin.email.toUpperCase(), admin.password);
    expect(client.setCookie).toMatch(/HttpOnly/);
    expect(client.setCookie).toMatch(/SameSite=Strict/);
    expect(client.setCookie).toMatch(/Path=\/console/);
    expect(client.setCookie).not.toMatch(/Secure/);
    const value = client.cookie.split("=")[1] ?? "";
    const sessions = await service.db.prisma.staffSession.findMany({ where: { staffId: admin.id } });
    expect(sessions.map((s) => s.id)).toContain(createHash("sha256").update(value).digest("hex"));
    expect(sessions.map((s) => s.id)).not.toContain(value);
    const me = await client.json("/console/api/session");
    expect(me.body).toMatchObject({ staff: { id: admin.id, role: "admin" } });
  });

  it("refuses a wrong password with one message that does not say whether the email exists", async () => {
    const wrong = await StaffClient.attempt(service.url, supervisor.email, "sbagliata");
    const unknown = await StaffClient.attempt(service.url, "nessuno@example.test", "sbagliata");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("rejects a state-changing request without the CSRF token, with a wrong one, or from another origin", async () => {
    const client = await StaffClient.login(service.url, supervisor.email, supervisor.password);
    const refused: Array<Record<string, string>> = [
      { "X-CSRF-Token": "" },
      { "X-CSRF-Token": "x".repeat(43) },
      { Origin: "https://evil.example" },
    ];
    for (const headers of refused) {
      const res = await client.fetch("/console/api/logout", { method: "POST", headers });
      expect(res.status, JSON.stringify(headers)).toBe(403);
    }
    expect((await client.json("/console/api/session")).status).toBe(200);
  });

  it("ends the session on logout", async () => {
    const client = await StaffClient.login(service.url, supervisor.email, supervisor.password);
    expect((await client.fetch("/console/api/logout", { method: "POST" })).status).toBe(200);
    expect((await client.fetch("/console/api/queue")).status).toBe(401);
  });

  it("gives each role only its own routes", async () => {
    const asOperator = await StaffClient.login(service.url, operator.email, operator.password);
    const asSupervisor = await StaffClient.login(service.url, supervisor.email, supervisor.password);
    const asAdmin = await StaffClient.login(service.url, admin.email, admin.password);
    const expectations: Array<[StaffClient, string, number]> = [
      [asOperator, "/console/api/queue", 200],
      [asOperator, "/console/api/dashboard", 200],
      [asOperator, "/console/api/dashboard/unanswered", 403],
      [asOperator, "/console/api/outbox", 403],
      [asOperator, "/console/api/admin/staff", 403],
      [asOperator, "/console/api/admin/audit", 403],
      [asSupervisor, "/console/api/dashboard/unanswered", 200],
      [asSupervisor, "/console/api/outbox", 200],
      [asSupervisor, "/console/api/admin/staff", 403],
      [asSupervisor, "/console/api/admin/audit", 403],
      [asAdmin, "/console/api/admin/staff", 200],
      [asAdmin, "/console/api/admin/audit", 200],
      [asAdmin, "/console/api/outbox", 200],
    ];
    for (const [client, path, status] of expectations) {
      const res = await client.fetch(path);
      expect(`${path} ${res.status}`).toBe(`${path} ${status}`);
    }
    const page = await asOperator.fetch("/console/staff");
    expect(page.status).toBe(403);
    const created = await asOperator.fetch("/console/api/admin/staff", {
      method: "POST",
      body: { email: "x@example.test", displayName: "X", role: "admin" },
    });
    expect(created.status).toBe(403);
  });

  it("locks the account after five wrong passwords (429 with Retry-After, even with the right one)", async () => {
    const victim = await createStaffAccount(service.db, "operator", "ats_milano", "victim");
    const attempt = (password: string) => StaffClient.attempt(service.url, victim.email, password);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await attempt(`wrong-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const right = await attempt(victim.password);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(800);

    const asAdmin = await StaffClient.login(service.url, admin.email, admin.password);
    const unlock = await asAdmin.patch(`/console/api/admin/staff/${victim.id}`, { unlock: true });
    expect(unlock.status).toBe(200);
    expect((await attempt(victim.password)).status).toBe(200);

    const audit = await asAdmin.json(`/console/api/admin/audit?objectId=${victim.id}`);
    const actions = JSON.stringify(audit.body);
    expect(actions).toContain('"login_failed"');
    expect(actions).toContain('"login_locked"');
    expect(actions).toContain('"staff.update"');
    expect(actions).toContain('"login"');
  });

  it("throttles a flood of logins from one address with 429", async () => {
    let last: Response | undefined;
    for (let i = 0; i < 25; i++) {
      last = await StaffClient.attempt(service.url, `flood${i}@example.test`, "x");
      if (last.status === 429) break;
    }
    expect(last?.status).toBe(429);
    expect(last?.headers.get("retry-after")).toBeTruthy();
  });
});

describe("the session cookie in production", () => {
  it("is marked Secure", async () => {
    const h = await startConsoleHarness({ NODE_ENV: "production", SECRET_KEY: "k".repeat(40) });
    try {
      const client = await signIn(h, "supervisor");
      expect(client.setCookie).toMatch(/; Secure/);
    } finally {
      await h.dispose();
    }
  });
});

describe(`sign-in answers for addresses with and without an account on ${process.env.TEST_DB}`, () => {
  let h: Awaited<ReturnType<typeof startConsoleHarness>>;
  beforeAll(async () => {
    h = await startConsoleHarness();
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("answers an address without an account exactly as a real one: 401 four times, then locked with 429", async () => {
    const victim = await createStaffAccount(h.db, "operator", "ats_milano", "existing");
    const attempt = (email: string, i: number) => StaffClient.attempt(h.url, email, `wrong-${i}`);
    const answers = async (email: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await attempt(email, i);
        seen.push(`${res.status} ${res.headers.get("retry-after") !== null} ${await res.text()}`);
      }
      return seen;
    };
    const existing = await answers(victim.email);
    const unknown = await answers("nobody.here@example.test");
    expect(existing[4]).toMatch(/^429 true/);
    expect(unknown.map((a) => a.replace(/\d+ minuti/, "N minuti"))).toEqual(
      existing.map((a) => a.replace(/\d+ minuti/, "N minuti")),
    );
  });
});
