import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";

/**
 * The folder of an installed package, found along Node's resolution paths (works for packages
 * whose `exports` hide their files), so the console serves vendor files from node_modules.
 */
export function locateInstalledPackage(name: string): string {
  for (const base of createRequire(import.meta.url).resolve.paths(name) ?? []) {
    const dir = path.join(base, name);
    if (existsSync(path.join(dir, "package.json"))) return dir;
  }
  throw new InfrastructureError("misconfigured", `pacchetto ${name} non installato`);
}
