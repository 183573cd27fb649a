import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../../../src/app/startService.ts";
import { type PrivatePostgres, startPrivatePostgres } from "../../support/privatePostgres.ts";
import { startServiceInProcess } from "../../support/startServiceInProcess.ts";
import { testDbKind } from "../../support/testDatabase.ts";
import {
  getActivities,
  openStream,
  postMessage,
  requestJson,
  startConversation,
} from "../web/support/directLineHttp.ts";
import { type PostTraffic, startPostTraffic } from "./support/startPostTraffic.ts";

/**
 * A real PostgreSQL server restart under traffic, backends killed as in a crash: users get a polite
 * 503 during the gap, the service recovers without anyone touching it, and every message it
 * accepted is stored once. databaseOutage.test.ts fakes the outage with a TCP proxy because the
 * shared server on 127.0.0.1:5432 must not be restarted while other test files use it; this file
 * restarts a private, throw-away cluster of its own instead.
 */
describe.runIf(testDbKind() === "postgres")("a real PostgreSQL restart under traffic", () => {
  let cluster: PrivatePostgres | undefined;
  let service: RunningService | undefined;
  let dataDir: string | undefined;
  let databaseUrl = "";
  /** afterAll ends the traffic loops even when the test failed. */
  let traffic: PostTraffic | undefined;

  const base = () => {
    if (!service) throw new Error("the service did not start");
    return service.url;
  };

  beforeAll(async () => {
    cluster = await startPrivatePostgres();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("CREATE DATABASE conciliabot").finally(() => admin.end());
    const url = new URL(cluster.url);
    url.pathname = "/conciliabot";
    databaseUrl = url.toString();
    dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-test-"));
    service = await startServiceInProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      RATE_LIMIT_MESSAGES_PER_CONVERSATION_PER_10S: "1000",
    });
  });
  afterAll(async () => {
    await traffic?.stop();
    await service?.stop(500);
    await cluster?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("answers 503 politely while the server restarts, recovers by itself, and loses no accepted message", async () => {
    const conversations = await Promise.all([1, 2, 3].map(() => startConversation(base())));
    traffic = startPostTraffic(base, conversations, "restart");
    const { accepted, statuses, impolite } = traffic;

    // A Web Chat left open across the restart, on its WebSocket.
    const watcher = await startConversation(base());
    const stream = await openStream(watcher.streamUrl ?? "");
    await stream.waitFor((a) => a.from.role === "bot");

    await sleep(800);
    const acceptedBeforeRestart = accepted.length;
    await cluster?.restart({ mode: "immediate", downMs: 1_500 });

    // Recovered without intervention: ready again within 20 s of the server's return.
    let ready = false;
    for (let i = 0; i < 100 && !ready; i++) {
      ready = (await requestJson(`${base()}/readyz`)).status === 200;
      if (!ready) await sleep(200);
    }
    expect(ready).toBe(true);
    const acceptedAtRecovery = accepted.length;

    // The open Web Chat gets the bot's answer to its next message over the same socket.
    try {
      const sent = await postMessage(base(), watcher, "quanti progetti a Brescia?", "watcher-1");
      expect(sent.status).toBe(200);
      const echo = await stream.waitFor((a) => a.channelData?.clientActivityID === "watcher-1");
      const after = stream.received.indexOf(echo);
      await stream.waitFor((a) => a.from.role === "bot" && stream.received.indexOf(a) > after);
    } finally {
      stream.close();
    }

    await sleep(3_000);
    await traffic.stop();

    expect(impolite).toEqual([]);
    expect(statuses.get(503) ?? 0).toBeGreaterThan(0);
    expect(acceptedBeforeRestart).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThan(acceptedAtRecovery);

    // A new conversation after the restart is greeted, and its message gets the bot's reply.
    const fresh = await startConversation(base());
    const greeting = await getActivities(base(), fresh);
    const posted = await postMessage(base(), fresh, "ciao", "after-restart");
    expect(posted.status).toBe(200);
    const { activities } = await getActivities(base(), fresh, greeting.watermark);
    expect(activities.map((a) => a.from.role)).toEqual(["user", "bot"]);
    expect(activities[0]?.channelData).toEqual({ clientActivityID: "after-restart" });
    expect(activities[1]?.text).toBeTruthy();

    // Every accepted message is stored exactly once.
    expect((await traffic.stored(databaseUrl)).sort()).toEqual([...accepted].sort());

    // The process is still up and answering.
    expect((await requestJson(`${base()}/healthz`)).status).toBe(200);
  });
});
