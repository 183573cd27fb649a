import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  applyMigrations,
  MIGRATIONS_DIR,
  readMigrationFiles,
} from "../../../src/persistence/applyMigrations.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import {
  createTestDatabaseTarget,
  openTargetDatabase,
  type TestDatabaseTarget,
} from "../../support/testDatabase.ts";

describe(`migrations on an empty ${process.env.TEST_DB} database`, () => {
  let target: TestDatabaseTarget | undefined;
  let db: Database | undefined;
  afterEach(async () => {
    await db?.close();
    await target?.drop();
  });

  async function openEmpty(): Promise<Database> {
    target = await createTestDatabaseTarget();
    db = await openTargetDatabase(target);
    return db;
  }

  it("applies every migration once, and nothing the second time", async () => {
    const database = await openEmpty();
    const files = await readMigrationFiles();
    const first = await applyMigrations(database.sql);
    expect(first.applied).toEqual(files.map((f) => f.name));
    const second = await applyMigrations(database.sql);
    expect(second).toEqual({ applied: [], alreadyApplied: files.length });
  });

  it("records migrations the way Prisma Migrate does, so its CLI agrees", async () => {
    const database = await openEmpty();
    await applyMigrations(database.sql);
    const rows = await database.sql.query(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    const files = await readMigrationFiles();
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
  });

  it("refuses to start when an applied migration was edited afterwards", async () => {
    const database = await openEmpty();
    await applyMigrations(database.sql);
    const copy = await mkdtemp(path.join(tmpdir(), "migrations-"));
    try {
      await cp(MIGRATIONS_DIR, copy, { recursive: true });
      const [first] = await readMigrationFiles(copy);
      if (!first) throw new Error("no migrations");
      await writeFile(path.join(copy, first.name, "migration.sql"), `${first.sql}\n-- edited`);
      await expect(applyMigrations(database.sql, copy)).rejects.toThrow(/modificata/);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});
