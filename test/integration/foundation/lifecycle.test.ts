import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { RunningService } from "../../../src/app/startService.ts";
import { runTs, startTs } from "../../support/runProcess.ts";
import { startServiceInProcess } from "../../support/startServiceInProcess.ts";
import { proxyDatabase } from "../../support/tcpProxy.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";

describe(`the service's life cycle on ${testDbKind()}`, () => {
  let target: TestDatabaseTarget | undefined;
  afterEach(async () => {
    await target?.drop();
    target = undefined;
  });

  function envFor(t: TestDatabaseTarget): Record<string, string> {
    return {
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      DATA_DIR: t.dataDir,
      ...(t.databaseUrl ? { DATABASE_URL: t.databaseUrl } : {}),
    };
  }

  it("finishes a request in flight on SIGTERM, then exits 0 within 10 s", async () => {
    // Already migrated: the subject is the signal, and a first start as a process has its own test
    // (test/app/compiledBuild.test.ts); on PGlite the migrations cost the process 1–2 s more CPU.
    target = await createTestDatabaseTarget(undefined, { migrated: true });
    const { child, match } = await startTs(
      "test/support/slowRouteServer.ts",
      envFor(target),
      /LISTENING (\d+)/,
    );
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const inFlight = fetch(`http://127.0.0.1:${match[1]}/slow`);
    await sleep(300);
    const signalledAt = Date.now();
    child.kill("SIGTERM");
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });
    expect(await exited).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    await expect(fetch(`http://127.0.0.1:${match[1]}/healthz`)).rejects.toThrow();
  });

  it.runIf(testDbKind() === "postgres")(
    "gives up with a clear message when PostgreSQL cannot be reached at start",
    async () => {
      const result = await runTs("src/app/main.ts", [], {
        PORT: "0",
        LOG_LEVEL: "info",
        DATABASE_URL: "postgres://postgres@127.0.0.1:1/nessuno",
        DB_CONNECT_ATTEMPTS: "3",
      });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("database not reachable yet, retrying");
      expect(result.stderr).toMatch(
        /Avvio non riuscito: database PostgreSQL non raggiungibile dopo 3 tentativi/,
      );
    },
  );

  it.runIf(testDbKind() === "postgres")(
    "reports not ready while the database is gone, answers politely, and recovers by itself",
    async () => {
      target = await createTestDatabaseTarget(undefined, { migrated: true });
      const { proxy, url } = await proxyDatabase(target.databaseUrl ?? "");
      let service: RunningService | undefined;
      try {
        service = await startServiceInProcess({ DATA_DIR: target.dataDir, DATABASE_URL: url });
        const base = service.url;
        expect((await fetch(`${base}/readyz`)).status).toBe(200);

        proxy.cut();
        const down = await fetch(`${base}/readyz`);
        expect(down.status).toBe(503);
        expect(await down.json()).toEqual({ status: "unavailable", reason: "database_unreachable" });
        expect((await fetch(`${base}/healthz`)).status).toBe(200);

        proxy.restore();
        await expect
          .poll(async () => (await fetch(`${base}/readyz`)).status, { timeout: 30_000, interval: 200 })
          .toBe(200);
      } finally {
        await service?.stop(500);
        await proxy.close();
      }
    },
  );
});
