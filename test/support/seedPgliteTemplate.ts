import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { emptyClusterDir, ensureEmptyCluster } from "../../src/app/evaluation/ensureEmptyCluster.ts";
import { applyMigrations, readMigrationFiles } from "../../src/persistence/applyMigrations.ts";
import { openPglite } from "../../src/persistence/openPglite.ts";

let migratedTemplate: Promise<string> | undefined;

/**
 * An empty PGlite cluster as `new PGlite(dir)` initialises it, kept per PGlite version in the
 * temporary folder (made as an instance makes the one its evaluations copy).
 */
export function pgliteTemplateDir(): Promise<string> {
  return ensureEmptyCluster(path.join(tmpdir(), "conciliabot-test-pglite"));
}

/**
 * The same cluster with every migration applied, kept next to it per PGlite version and set of
 * migrations (their names and checksums): a service started on a copy finds nothing to migrate. The migrations cost
 * a quarter of a second of CPU per database, and the tests start a service on a new one about sixty
 * times per pass; the tests of the migrations themselves, and of a first start, use the empty one.
 */
export function migratedPgliteTemplateDir(): Promise<string> {
  migratedTemplate ??= (async () => {
    const files = await readMigrationFiles();
    const key = createHash("sha256")
      .update(files.map((f) => `${f.name} ${f.checksum}`).join("\n"))
      .digest("hex")
      .slice(0, 16);
    const empty = await pgliteTemplateDir();
    // Named after the empty one, which carries the PGlite version: an upgrade makes a new one.
    const ready = `${empty}-migrated-${key}`;
    if (existsSync(path.join(ready, "PG_VERSION"))) return ready;
    const building = path.join(path.dirname(empty), `building-migrated-${process.pid}-${Date.now()}`);
    await copyCluster(empty, path.join(building, "pglite"));
    const db = await openPglite(building);
    await applyMigrations(db.sql);
    await db.close();
    await rename(path.join(building, "pglite"), ready).catch(() => undefined);
    await rm(building, { recursive: true, force: true });
    return ready;
  })();
  return migratedTemplate;
}

/**
 * Puts an initialised PGlite cluster where the service opens its embedded database: empty, which
 * the service then migrates as on a first start, or already `migrated`.
 */
export async function seedPgliteTemplate(
  dataDir: string,
  options: { migrated?: boolean } = {},
): Promise<void> {
  const from = options.migrated ? await migratedPgliteTemplateDir() : await pgliteTemplateDir();
  await copyCluster(from, path.join(dataDir, "pglite"));
}

/**
 * Puts the same cluster where a draft evaluation looks for one in the instance's data folder
 * (seedEmptyCluster), as seedNluCache puts the trained model: its evaluations then copy it instead
 * of running initdb first.
 */
export async function seedEvaluationCluster(dataDir: string): Promise<void> {
  await copyCluster(await pgliteTemplateDir(), emptyClusterDir(dataDir));
}

/**
 * A cluster copied to a new folder by `cp -a` (the folder is new, so it is made as a copy, never
 * nested; its parent is made if missing): a cluster is a thousand small files, and Node's `fs.cp`
 * spends 130–160 ms of CPU on one where `cp` takes 40 ms (30 November 2026), for every PGlite
 * database of a run.
 */
async function copyCluster(from: string, to: string): Promise<void> {
  if (existsSync(to)) throw new Error(`${to} exists already: cp -a would copy the cluster into it`);
  await mkdir(path.dirname(to), { recursive: true });
  await promisify(execFile)("cp", ["-a", from, to]);
}
