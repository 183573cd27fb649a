import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { InfrastructureError } from "./InfrastructureError.ts";

const PACKAGE_NAME = "conciliabot";
const ManifestSchema = z.object({ name: z.string() });

/**
 * The folder the application is installed in (the one with its package.json), found by walking up
 * from this module: the same answer whether the code runs from src/ under tsx, bundled into dist/,
 * or from /app in the image, and whatever the working directory. Files shipped with the
 * application (migrations, content, static assets) are addressed from here, never from the
 * location of the module that reads them.
 */
function findAppRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (isOurManifest(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) {
      throw new InfrastructureError(
        "misconfigured",
        `no package.json of ${PACKAGE_NAME} in ${start} or any folder above it`,
      );
    }
  }
}

function isOurManifest(file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    return ManifestSchema.safeParse(JSON.parse(readFileSync(file, "utf8"))).data?.name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

const APP_ROOT = findAppRoot(import.meta.dirname);

/** A file or folder shipped with the application, e.g. `appPath("prisma", "migrations")`. */
export function appPath(...segments: string[]): string {
  return path.join(APP_ROOT, ...segments);
}
