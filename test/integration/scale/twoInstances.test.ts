import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../../../src/app/startService.ts";
import { startServiceInProcess } from "../../support/startServiceInProcess.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";
import { openStream, postMessage, startConversation } from "../web/support/directLineHttp.ts";

/**
 * Two instances behind a load balancer without sticky sessions, sharing one PostgreSQL: what one
 * instance produces reaches the user connected to the other, through LISTEN/NOTIFY.
 */
describe.runIf(testDbKind() === "postgres")("two instances sharing one PostgreSQL", () => {
  let target: TestDatabaseTarget;
  let a: RunningService;
  let b: RunningService;

  function instance(): Promise<RunningService> {
    return startServiceInProcess({ DATA_DIR: target.dataDir, DATABASE_URL: target.databaseUrl ?? "" });
  }

  beforeAll(async () => {
    target = await createTestDatabaseTarget("postgres");
    [a, b] = await Promise.all([instance(), instance()]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(500), b?.stop(500)]);
    await target?.drop();
  });

  it("both start together on an empty database and migrate it once", async () => {
    const rows = await a.db.sql.query(`SELECT count(*)::int AS n FROM "_prisma_migrations"`);
    const names = await a.db.sql.query(
      `SELECT count(DISTINCT migration_name)::int AS n FROM "_prisma_migrations"`,
    );
    expect(rows[0]?.n).toBe(names[0]?.n);
  });

  it("delivers to a user's stream on instance A the bot reply produced on instance B", async () => {
    const conversation = await startConversation(a.url);
    if (!conversation.streamUrl) throw new Error("no stream url");
    const stream = await openStream(conversation.streamUrl);
    try {
      await stream.waitFor((activity) => activity.from.role === "bot");
      const before = stream.received.length;
      const posted = await postMessage(
        b.url,
        conversation,
        "quanti progetti sono stati finanziati a Brescia?",
        "scale-1",
      );
      expect(posted.status).toBe(200);
      const reply = await stream.waitFor(
        (activity) => stream.received.indexOf(activity) >= before && activity.from.role === "bot",
        10_000,
      );
      expect(reply.text).toContain("427.438,27");
    } finally {
      stream.close();
    }
  });
});
