import { cp } from "node:fs/promises";
import path from "node:path";
import { ensureEmptyCluster } from "./ensureEmptyCluster.ts";

/**
 * Puts an initialised, empty PGlite cluster where an evaluation's service opens its embedded
 * database, copied from the one kept in `fromDir` (the instance's data folder), made there by the
 * first evaluation. initdb in WebAssembly costs seconds of CPU per service; the copy costs a
 * fraction of one, and the service then migrates it as on a first start.
 */
export async function seedEmptyCluster(fromDir: string, toDir: string): Promise<void> {
  await cp(await ensureEmptyCluster(fromDir), path.join(toDir, "pglite"), { recursive: true });
}
