import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { z } from "zod";

const SEGMENT = /^[0-9A-F]{24}$/;

/**
 * With wal_recycle on (PostgreSQL's default, and how initdb and earlier versions of the service
 * ran), a checkpoint renames old write-ahead log segments into future ones, content and all, so
 * rows written long ago wait in pg_wal until the log reaches them again. From now on the session
 * deletes them instead, and the recycled segments already there (after the one being written) are
 * removed. Run when the folder is opened, before anything else uses the database: PostgreSQL only
 * holds the current segment open and creates a missing future one when it needs it.
 */
export async function removeRecycledWal(pglite: PGlite, dir: string): Promise<number> {
  await pglite.query("SET wal_recycle = off");
  const result = await pglite.query("SELECT pg_walfile_name(pg_current_wal_insert_lsn()) AS current");
  const { current } = z.object({ current: z.string().regex(SEGMENT) }).parse(result.rows[0]);
  const walDir = path.join(dir, "pg_wal");
  const future = (await readdir(walDir)).filter((name) => SEGMENT.test(name) && name > current);
  for (const name of future) await rm(path.join(walDir, name), { force: true });
  return future.length;
}
