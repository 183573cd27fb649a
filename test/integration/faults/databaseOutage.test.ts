import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../../../src/app/startService.ts";
import { startServiceInProcess } from "../../support/startServiceInProcess.ts";
import { proxyDatabase, type startTcpProxy } from "../../support/tcpProxy.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";
import { requestJson, startConversation } from "../web/support/directLineHttp.ts";
import { startPostTraffic } from "./support/startPostTraffic.ts";

/**
 * PostgreSQL goes away in the middle of traffic and comes back: users get a polite 503 during the
 * gap, the service recovers without anyone touching it, and every message it accepted is stored.
 */
describe.runIf(testDbKind() === "postgres")("a PostgreSQL outage under traffic", () => {
  let target: TestDatabaseTarget;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let service: RunningService;

  beforeAll(async () => {
    target = await createTestDatabaseTarget("postgres");
    const proxied = await proxyDatabase(target.databaseUrl ?? "");
    proxy = proxied.proxy;
    service = await startServiceInProcess({
      DATA_DIR: target.dataDir,
      DATABASE_URL: proxied.url,
      RATE_LIMIT_MESSAGES_PER_CONVERSATION_PER_10S: "1000",
    });
  });
  afterAll(async () => {
    await service?.stop(500);
    await proxy?.close();
    await target?.drop();
  });

  it("answers 503 politely while it is gone, recovers by itself, and loses no accepted message", async () => {
    const conversations = await Promise.all([1, 2, 3].map(() => startConversation(service.url)));
    const traffic = startPostTraffic(() => service.url, conversations, "outage");
    const { accepted, statuses, impolite } = traffic;

    await sleep(800);
    proxy.cut();
    await sleep(1500);
    proxy.restore();

    // Recovered without intervention: ready again, and new messages are answered.
    let ready = false;
    for (let i = 0; i < 100 && !ready; i++) {
      ready = (await requestJson(`${service.url}/readyz`)).status === 200;
      if (!ready) await sleep(200);
    }
    expect(ready).toBe(true);
    const before = accepted.length;
    await sleep(1500);
    await traffic.stop();

    expect(impolite).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(before);

    // Every accepted message is stored, once (read directly, not through the proxy).
    expect((await traffic.stored(target.databaseUrl ?? "")).sort()).toEqual([...accepted].sort());
  });
});
