import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withAdmin } from "../../support/postgresAdmin.ts";
import { testDbKind } from "../../support/testDatabase.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "./support/consoleHarness.ts";
import type { StaffClient } from "./support/StaffClient.ts";

describe(`odd requests to the console on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let asAdmin: StaffClient;

  beforeAll(async () => {
    h = await startConsoleHarness();
    asAdmin = await signIn(h, "admin");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("answers 400 to an audit page cursor beyond any id", async () => {
    const res = await asAdmin.json("/console/api/admin/audit?before=9999999999999999999");
    expect(res.status).toBe(400);
  });

  it("answers 400 to a dashboard period outside the programme's years or reversed", async () => {
    expect((await asAdmin.json("/console/api/dashboard?from=0001-01-01")).status).toBe(400);
    expect((await asAdmin.json("/console/api/dashboard?from=2026-11-20&to=9999-12-31")).status).toBe(400);
    expect((await asAdmin.json("/console/api/dashboard?from=2026-11-20&to=2026-11-10")).status).toBe(400);
    expect((await asAdmin.json("/console/api/dashboard?from=2026-11-10&to=2026-11-20")).status).toBe(200);
  });

  it("answers 400 to a malformed %-encoded path, saying the address is wrong rather than the body", async () => {
    const res = await asAdmin.fetch("/console/api/submissions/%E0%A4%A");
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toMatch(/JSON/);
    expect(body).toMatch(/indirizzo/i);
  });

  it.runIf(testDbKind() === "postgres")(
    "answers 503 with Retry-After while PostgreSQL refuses connections, and recovers",
    async () => {
      const name = new URL(h.target.databaseUrl ?? "").pathname.slice(1);
      const ident = pg.escapeIdentifier(name);
      await withAdmin(async (client) => {
        await client.query(`ALTER DATABASE ${ident} WITH ALLOW_CONNECTIONS false`);
        await client.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
          [name],
        );
      });
      try {
        const statuses: number[] = [];
        let retryAfter: string | null = null;
        for (let i = 0; i < 3; i++) {
          const res = await asAdmin.fetch("/console/api/admin/audit");
          statuses.push(res.status);
          if (res.status === 503) retryAfter = res.headers.get("retry-after");
          await res.text();
        }
        expect(statuses).toEqual([503, 503, 503]);
        expect(Number(retryAfter)).toBeGreaterThan(0);
      } finally {
        await withAdmin((client) => client.query(`ALTER DATABASE ${ident} WITH ALLOW_CONNECTIONS true`));
      }
      let status = 0;
      for (let i = 0; i < 50 && status !== 200; i++) {
        status = (await asAdmin.fetch("/console/api/admin/audit")).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(status).toBe(200);
    },
  );
});
