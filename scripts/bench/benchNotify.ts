/**
 * `npm run bench:notify [-- --seconds S]`
 *
 * Why a turn's commit does not NOTIFY: 16 connections committing one-row INSERTs on PostgreSQL,
 * without a NOTIFY, with a NOTIFY in the same statement (as the turn's commit once did), and a
 * NOTIFY alone (as the service now announces replies). A transaction that NOTIFYs holds a lock of
 * the whole cluster until its commit is flushed, so such commits are never flushed together.
 */
import pg from "pg";
import { createBenchDatabase, parseFlags } from "./benchSupport.ts";

const flags = parseFlags(process.argv.slice(2));
const seconds = Number(flags.get("seconds") ?? 4);
const CONNECTIONS = 16;
const database = await createBenchDatabase();
const pool = new pg.Pool({ connectionString: database.url, max: CONNECTIONS });
try {
  await pool.query('CREATE TABLE "Probe" ("id" bigserial PRIMARY KEY, "text" text NOT NULL)');
  const cases: Array<[string, string]> = [
    ["INSERT", 'INSERT INTO "Probe" ("text") VALUES ($1)'],
    [
      "INSERT + NOTIFY, one statement",
      `WITH i AS (INSERT INTO "Probe" ("text") VALUES ($1) RETURNING "id")
       SELECT pg_notify('conciliabot_bench', "id"::text) FROM i`,
    ],
    ["NOTIFY alone", "SELECT pg_notify('conciliabot_bench', $1)"],
  ];
  console.log(
    `\nbench:notify: ${CONNECTIONS} connections, ${seconds} s per case, load ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`,
  );
  console.log("| case                            | commits/s |");
  console.log("|---------------------------------|-----------|");
  for (const [name, sql] of cases) {
    let commits = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          await pool.query(sql, ["x"]);
          commits++;
        }
      }),
    );
    console.log(`| ${name.padEnd(31)} | ${(commits / seconds).toFixed(0).padStart(9)} |`);
  }
} finally {
  await pool.end();
  await database.drop();
}
