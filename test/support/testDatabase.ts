import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../src/persistence/applyMigrations.ts";
import type { Database } from "../../src/persistence/Database.ts";
import { openPglite } from "../../src/persistence/openPglite.ts";
import { openPostgres } from "../../src/persistence/openPostgres.ts";
import { databaseUrl, dropDatabase, withAdmin } from "./postgresAdmin.ts";
import { seedNluCache } from "./seedNluCache.ts";
import { seedPgliteTemplate } from "./seedPgliteTemplate.ts";

export type TestDbKind = "pglite" | "postgres";

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

/** A fresh, empty database of the kind under test: a new PostgreSQL database or a new PGlite folder. */
export interface TestDatabaseTarget {
  kind: TestDbKind;
  /** Set for PostgreSQL. */
  databaseUrl?: string;
  /** A temporary data folder (PGlite lives in it; also usable for mail .eml files). */
  dataDir: string;
  drop(): Promise<void>;
}

/**
 * A new database of the kind under test: empty, as on a first start, unless `migrated` (the tests
 * of a running service: every migration already applied, copied from a template made once, see
 * seedPgliteTemplate.ts and postgresGlobalSetup.ts).
 */
export async function createTestDatabaseTarget(
  kind = testDbKind(),
  options: { migrated?: boolean } = {},
): Promise<TestDatabaseTarget> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-test-"));
  await seedNluCache(dataDir);
  if (kind === "pglite") {
    await seedPgliteTemplate(dataDir, options);
    return { kind, dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
  }
  const name = `${process.env.TEST_RUN_ID ?? "cbt_local"}_${randomBytes(4).toString("hex")}`;
  const template = options.migrated ? process.env.TEST_POSTGRES_TEMPLATE : undefined;
  await withAdmin((client) =>
    client.query(
      `CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`,
    ),
  );
  return {
    kind,
    dataDir,
    databaseUrl: databaseUrl(name),
    drop: async () => {
      await withAdmin((client) => dropDatabase(client, name));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The target's database, open: PostgreSQL at its URL, or PGlite in its data folder. */
export function openTargetDatabase(target: TestDatabaseTarget): Promise<Database> {
  return target.databaseUrl
    ? openPostgres({ url: target.databaseUrl, onBackgroundError: () => undefined })
    : openPglite(target.dataDir);
}

/** An open, migrated database for tests that talk to persistence directly. */
export async function openTestDatabase(
  kind = testDbKind(),
): Promise<{ db: Database; target: TestDatabaseTarget; drop(): Promise<void> }> {
  const target = await createTestDatabaseTarget(kind, { migrated: true });
  const db = await openTargetDatabase(target);
  await applyMigrations(db.sql);
  return {
    db,
    target,
    drop: async () => {
      await db.close().catch(() => undefined);
      await target.drop();
    },
  };
}
