import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { type ContentFiles, ContentPathSchema } from "./ContentFiles.ts";

/**
 * Writes a version's files as an `intents` folder, built aside and renamed into place so an
 * instance never loads half a version; an existing folder (same version) is kept as it is.
 */
export async function writeContentFiles(dir: string, files: ContentFiles): Promise<void> {
  const building = `${dir}.${process.pid}.${Date.now()}.building`;
  for (const [name, text] of Object.entries(files)) {
    // Checked again here: the paths decide where files are written.
    const safe = ContentPathSchema.parse(name);
    const target = path.join(building, ...safe.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }
  await mkdir(path.dirname(dir), { recursive: true });
  try {
    await rename(building, dir);
  } catch {
    // Another instance (or an earlier start) wrote the same version first.
    await rm(building, { recursive: true, force: true });
  }
}
