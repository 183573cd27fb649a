import type { PGlite } from "@electric-sql/pglite";

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

/**
 * The embedded database keeps its files under DATA_DIR, so old row versions there are personal
 * data on disk. VACUUM FULL rewrites each table and its indexes into new files holding only the
 * live rows (the old files are truncated at once); the write-ahead log still holds the old rows,
 * the full-page images written by the erasure itself included, so the log moves to a new segment
 * and a checkpoint removes the segments before it. wal_recycle is off so those segments are
 * deleted, not renamed into future segments with their content. PGlite runs one statement at a
 * time: other conversations wait for the rewrite (tens of milliseconds on a small database).
 */
export async function compactPgliteTables(pglite: PGlite, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) await pglite.query(`VACUUM FULL ${tables.map(quoted).join(", ")}`);
  await pglite.query("SET wal_recycle = off");
  await pglite.query("SELECT pg_switch_wal()");
  await pglite.query("CHECKPOINT");
}
