import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import { InfrastructureError } from "./InfrastructureError.ts";

const PackageJsonSchema = z.object({ name: z.string(), version: z.string().regex(/^[\w.+-]+$/) });

/**
 * The folder and version of an installed package, found the way Node resolves it (packages whose
 * `exports` hide their package.json included): the version goes into the immutable asset URLs,
 * so an upgrade changes every URL and no browser keeps a stale bundle.
 */
export function locatePackage(name: string): { dir: string; version: string } {
  const candidates = createRequire(import.meta.url).resolve.paths(name) ?? [];
  for (const base of candidates) {
    const dir = path.join(base, name);
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest)) {
      const { version } = PackageJsonSchema.parse(JSON.parse(readFileSync(manifest, "utf8")));
      return { dir, version };
    }
  }
  throw new InfrastructureError("misconfigured", `pacchetto ${name} non installato`);
}
