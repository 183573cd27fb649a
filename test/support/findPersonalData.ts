import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../../src/persistence/Database.ts";

/** Where a piece of personal data was found: a table's row or a file. */
export interface Hit {
  where: string;
  needle: string;
}

const lower = (needles: string[]) => needles.map((needle) => needle.toLowerCase());

/**
 * Every row of every table the database holds, the system catalogs included (pg_statistic keeps
 * sampled column values), as PostgreSQL prints it, searched case-insensitively. TOAST tables are
 * read through the rows that own them.
 */
export async function findInTables(db: Database, needles: string[]): Promise<Hit[]> {
  const tables = await db.sql.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'm', 'p') AND n.nspname <> 'pg_toast'`,
  );
  const hits: Hit[] = [];
  for (const table of tables) {
    const name = String(table.name);
    const rows = await db.sql.query(`SELECT t::text AS row FROM ${name} t`);
    for (const row of rows) {
      const text = String(row.row).toLowerCase();
      for (const needle of lower(needles)) if (text.includes(needle)) hits.push({ where: name, needle });
    }
  }
  return hits;
}

/**
 * Every file under `dir`, the embedded database's own files included (its tables, indexes and
 * write-ahead log), searched case-insensitively as bytes.
 */
export async function findInFiles(dir: string, needles: string[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    // The mail worker may delete a file between the listing and the read: it then holds nothing.
    const content = await readFile(file).catch((error: unknown) => {
      if (error instanceof Error && "code" in error && error.code === "ENOENT") return undefined;
      throw error;
    });
    if (content === undefined) continue;
    const text = content.toString("latin1").toLowerCase();
    for (const needle of lower(needles)) if (text.includes(needle)) hits.push({ where: file, needle });
  }
  return hits;
}
