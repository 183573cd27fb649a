import type { PGlite } from "@electric-sql/pglite";

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

/**
 * The embedded database keeps its files under DATA_DIR, so old row versions there are personal
 * data on disk. VACUUM FULL rewrites each table and its indexes into new files holding only the
 * live rows (the old files are truncated at once); a plain VACUUM would only mark the space free,
 * with the old bytes still in it. If the tables were ever analysed, pg_statistic holds values
 * sampled from them: they are sampled again from what is left and the catalog rewritten too. The
 * write-ahead log still holds the old rows, the full-page images written by the erasure itself
 * included, so the log moves to a new segment and a checkpoint removes the segments before it;
 * wal_recycle is off so those are deleted, not renamed into future segments with their content.
 * PGlite runs one statement at a time: other conversations wait for the rewrite.
 */
export async function compactPgliteTables(pglite: PGlite, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) {
    const list = tables.map(quoted).join(", ");
    const sampled = await pglite.query(
      "SELECT 1 FROM pg_statistic WHERE starelid = ANY($1::regclass[]) LIMIT 1",
      [tables.map(quoted)],
    );
    if (sampled.rows.length > 0) await pglite.query(`ANALYZE ${list}`);
    await pglite.query(`VACUUM FULL ${list}${sampled.rows.length > 0 ? ", pg_catalog.pg_statistic" : ""}`);
  }
  await pglite.query("SET wal_recycle = off");
  await pglite.query("SELECT pg_switch_wal()");
  await pglite.query("CHECKPOINT");
}
