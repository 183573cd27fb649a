import { randomBytes } from "node:crypto";
import { dropDatabase, withAdmin } from "./postgresAdmin.ts";

/**
 * One run id per `vitest run`: every database a test file creates is named after it, and the
 * teardown drops whatever a crashed test left behind.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const runId = `cbt_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  process.env.TEST_RUN_ID = runId;
  await withAdmin(async (client) => {
    await client.query("SELECT 1");
  });
  return async () => {
    await withAdmin(async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${runId}%`],
      );
      for (const row of rows) await dropDatabase(client, row.datname);
    });
  };
}
