import { existsSync } from "node:fs";
import { cp, mkdir, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { emptyClusterDir } from "../../src/app/evaluation/seedEmptyCluster.ts";
import { locatePackage } from "../../src/kernel/locatePackage.ts";

let template: Promise<string> | undefined;

/**
 * An empty PGlite cluster, just initialised (what `new PGlite(dir)` creates on a new folder), kept
 * per PGlite version in the temporary folder. initdb in WebAssembly costs seconds of CPU; copying
 * its result gives the service the same empty database, which it then migrates as on a first start.
 */
export function pgliteTemplateDir(): Promise<string> {
  template ??= (async () => {
    const dir = path.join(
      tmpdir(),
      `conciliabot-test-pglite-${locatePackage("@electric-sql/pglite").version}`,
    );
    const ready = path.join(dir, "pglite");
    if (existsSync(path.join(ready, "PG_VERSION"))) return ready;
    // Built aside and renamed into place, so a worker never copies half a cluster.
    const building = path.join(dir, `building-${process.pid}-${Date.now()}`);
    await mkdir(building, { recursive: true });
    const pglite = new PGlite(building);
    await pglite.waitReady;
    await pglite.close();
    await rename(building, ready).catch(async () => rm(building, { recursive: true, force: true }));
    return ready;
  })();
  return template;
}

/** Puts an initialised, empty PGlite cluster where the service opens its embedded database. */
export async function seedPgliteTemplate(dataDir: string): Promise<void> {
  await cp(await pgliteTemplateDir(), path.join(dataDir, "pglite"), { recursive: true });
}

/**
 * Puts the same cluster where a draft evaluation looks for one in the instance's data folder
 * (seedEmptyCluster), as seedNluCache puts the trained model: its evaluations then copy it instead
 * of running initdb first.
 */
export async function seedEvaluationCluster(dataDir: string): Promise<void> {
  await cp(await pgliteTemplateDir(), emptyClusterDir(dataDir), { recursive: true });
}
