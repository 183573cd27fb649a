import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "../../src/persistence/openPglite.ts";
import { findInFiles } from "../support/findPersonalData.ts";
import { seedPgliteTemplate } from "../support/seedPgliteTemplate.ts";

describe("the embedded database's write-ahead log", () => {
  let dataDir = "";
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("keeps nothing of what an earlier run recycled into future segments once the folder is opened", async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-wal-"));
    await seedPgliteTemplate(dataDir);
    const folder = path.join(dataDir, "pglite");
    // As an earlier version ran: wal_recycle on, a checkpoint renames the old segment, content and all.
    const earlier = new PGlite(folder);
    await earlier.waitReady;
    await earlier.query("SELECT pg_logical_emit_message(false, 'test', $1)", ["RSSMRA80A01F205X"]);
    await earlier.query("SELECT pg_switch_wal()");
    await earlier.query("CHECKPOINT");
    const current = await earlier.query<{ name: string }>(
      "SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS name",
    );
    await earlier.close();
    const recycled = await findInFiles(folder, ["RSSMRA80A01F205X"]);
    expect(recycled.length).toBeGreaterThan(0);
    const segment = (where: string) => path.basename(where);
    expect(recycled.every((hit) => segment(hit.where) > (current.rows[0]?.name ?? ""))).toBe(true);

    const db = await openPglite(dataDir);
    try {
      expect(await findInFiles(folder, ["RSSMRA80A01F205X"])).toEqual([]);
      // The log goes on into new segments as usual.
      await db.sql.query("CREATE TABLE t (v text)");
      await db.sql.query("INSERT INTO t SELECT repeat('x', 1000) FROM generate_series(1, 3000)");
      await db.sql.query("CHECKPOINT");
    } finally {
      await db.close();
    }
    const reopened = await openPglite(dataDir);
    try {
      expect(await reopened.sql.query("SELECT count(*)::int AS n FROM t")).toEqual([{ n: 3000 }]);
    } finally {
      await reopened.close();
    }
  });
});
