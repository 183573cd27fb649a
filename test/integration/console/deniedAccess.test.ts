import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ConsoleHarness,
  createStaffAccount,
  signIn,
  startConsoleHarness,
} from "./support/consoleHarness.ts";
import { escalate } from "./support/escalate.ts";
import { StaffClient } from "./support/StaffClient.ts";

describe(`denied attempts in the audit log on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let operator: StaffClient;
  let operatorId: string;
  let admin: StaffClient;
  let milanoConversation: string;

  const denials = async () =>
    h.db.prisma.auditLog.findMany({
      where: { action: "access.denied", staffId: operatorId },
      orderBy: { id: "asc" },
    });
  /** Denials are written after the answer has gone: wait for `count` of them. */
  const settled = async (count: number) => {
    for (let i = 0; i < 40 && (await denials()).length < count; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return denials();
  };

  beforeAll(async () => {
    h = await startConsoleHarness();
    const op = await createStaffAccount(h.db, "operator", "ats_bergamo");
    operatorId = op.id;
    operator = await StaffClient.login(h.url, op.email, op.password);
    admin = await signIn(h, "admin");
    milanoConversation = (await escalate(h, "mi-user", { atsId: "ats_milano", province: "MI" }))
      .conversationId;
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("records an operator's look at another ATS's conversation and at an admin page, with the address", async () => {
    expect((await operator.fetch(`/console/api/conversations/${milanoConversation}`)).status).toBe(404);
    expect((await operator.fetch("/console/api/admin/audit")).status).toBe(403);
    const rows = await settled(2);
    // Denials are recorded after the answer is sent: their order is not the requests' order.
    expect(rows.map((r) => r.details)).toHaveLength(2);
    expect(rows.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        { status: 404, method: "GET", path: `/console/api/conversations/${milanoConversation}` },
        { status: 403, method: "GET", path: "/console/api/admin/audit" },
      ]),
    );
    for (const row of rows) expect(row.ip).toMatch(/127\.0\.0\.1/);
    const log = await admin.json(`/console/api/admin/audit?action=access.denied&staffId=${operatorId}`);
    expect(JSON.stringify(log.body)).toContain("127.0.0.1");
  });

  it("records the same refusals on the console's pages", async () => {
    const before = (await denials()).length;
    expect((await operator.fetch("/console/audit")).status).toBe(403);
    expect((await operator.fetch(`/console/conversations/${milanoConversation}`)).status).toBe(404);
    const rows = (await settled(before + 2)).slice(before);
    expect(rows.map((r) => r.details)).toHaveLength(2);
    expect(rows.map((r) => r.details)).toEqual(
      expect.arrayContaining([
        { status: 403, method: "GET", path: "/console/audit" },
        { status: 404, method: "GET", path: `/console/conversations/${milanoConversation}` },
      ]),
    );
  });

  it("gives every audit entry the address of the request behind it", async () => {
    const signIns = await h.db.prisma.auditLog.findMany({ where: { action: "login" } });
    expect(signIns.length).toBeGreaterThan(0);
    for (const row of signIns) expect(row.ip).toMatch(/127\.0\.0\.1/);
  });

  it("records a flood of denials from one member and address only up to a limit", async () => {
    const before = (await denials()).length;
    for (let i = 0; i < 40; i++) await (await operator.fetch(`/console/api/conversations/probe-${i}`)).text();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const recorded = (await denials()).length - before;
    expect(recorded).toBeLessThanOrEqual(20);
    expect(recorded).toBeGreaterThan(5);
  });
});
