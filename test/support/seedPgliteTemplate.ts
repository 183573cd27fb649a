import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { z } from "zod";
import { locateInstalledPackage } from "../../src/console/locateInstalledPackage.ts";

let template: Promise<string> | undefined;

async function pgliteVersion(): Promise<string> {
  const manifest = path.join(locateInstalledPackage("@electric-sql/pglite"), "package.json");
  return z
    .object({ version: z.string().regex(/^[\w.+-]+$/) })
    .parse(JSON.parse(await readFile(manifest, "utf8"))).version;
}

/**
 * An empty PGlite cluster, just initialised (what `new PGlite(dir)` creates on a new folder), kept
 * per PGlite version in the temporary folder. initdb in WebAssembly costs seconds of CPU; copying
 * its result gives the service the same empty database, which it then migrates as on a first start.
 */
export function pgliteTemplateDir(): Promise<string> {
  template ??= (async () => {
    const dir = path.join(tmpdir(), `conciliabot-test-pglite-${await pgliteVersion()}`);
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
