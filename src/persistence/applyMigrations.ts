import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { appPath } from "../kernel/appPath.ts";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import type { SqlRunner } from "./SqlRunner.ts";

export const MIGRATIONS_DIR = appPath("prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrationFiles(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

// Same table and checksum as Prisma Migrate, so `prisma migrate status/deploy` agree with us.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationOutcome = { applied: string[]; alreadyApplied: number };

/**
 * Applies pending migrations from prisma/migrations at start, in order, each in its own
 * transaction, under a lock shared by all instances. A migration file changed after it was
 * applied is an operator error worth stopping for.
 */
export async function applyMigrations(runner: SqlRunner, dir = MIGRATIONS_DIR): Promise<MigrationOutcome> {
  const files = await readMigrationFiles(dir);
  return runner.withExclusiveLock(async (sql) => {
    await sql.exec(MIGRATIONS_TABLE);
    const rows = await sql.query(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [String(r.migration_name), String(r.checksum)]));
    const applied: string[] = [];
    for (const file of files) {
      const checksum = done.get(file.name);
      if (checksum !== undefined) {
        if (checksum !== file.checksum) {
          throw new InfrastructureError(
            "misconfigured",
            `la migrazione ${file.name} è stata modificata dopo essere stata applicata`,
          );
        }
        continue;
      }
      await sql.exec(`BEGIN;\n${file.sql}\n;COMMIT;`).catch(async (error: unknown) => {
        await sql.exec("ROLLBACK").catch(() => undefined);
        throw new Error(
          `migrazione ${file.name} fallita: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
      await sql.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`,
        [randomUUID(), file.checksum, file.name],
      );
      applied.push(file.name);
    }
    return { applied, alreadyApplied: files.length - applied.length };
  });
}

/** True when every migration file is recorded as applied (used by /readyz). */
export async function migrationsAreApplied(runner: SqlRunner, expected: string[]): Promise<boolean> {
  const rows = await runner.query(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  const names = new Set(rows.map((r) => String(r.migration_name)));
  return expected.every((name) => names.has(name));
}
