import { existsSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { locatePackage } from "../../kernel/locatePackage.ts";

/** Made once per process: the open and the closed service of one evaluation start side by side. */
const building = new Map<string, Promise<string>>();

/** Where a data folder keeps the empty cluster evaluations copy, per PGlite version. */
export function emptyClusterDir(fromDir: string): string {
  return path.join(fromDir, `evaluation-pglite-${locatePackage("@electric-sql/pglite").version}`);
}

/**
 * An initialised, empty PGlite cluster kept in `fromDir` (an instance's data folder, or the tests'
 * temporary one), made there by the first caller: initdb in WebAssembly costs seconds of CPU, a
 * copy of its result a fraction of one. Resolves to the cluster's folder.
 */
export function ensureEmptyCluster(fromDir: string): Promise<string> {
  const ready = emptyClusterDir(fromDir);
  let made = building.get(ready);
  if (!made) {
    made = (async () => {
      if (existsSync(path.join(ready, "PG_VERSION"))) return ready;
      // Built aside and renamed into place: an evaluation never copies half a cluster.
      const aside = `${ready}.building-${process.pid}-${Date.now()}`;
      await mkdir(aside, { recursive: true });
      try {
        const pglite = new PGlite(aside);
        await pglite.waitReady;
        await pglite.close();
        await rename(aside, ready);
      } catch (error) {
        await rm(aside, { recursive: true, force: true });
        // Another evaluation renamed its own into place first: that one serves.
        if (!existsSync(path.join(ready, "PG_VERSION"))) throw error;
      }
      return ready;
    })();
    building.set(ready, made);
    made.catch(() => building.delete(ready));
  }
  return made;
}
