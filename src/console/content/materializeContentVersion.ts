import { existsSync } from "node:fs";
import { readdir, rm, stat, utimes } from "node:fs/promises";
import path from "node:path";
import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { writeContentFiles } from "../../content/versions/writeContentFiles.ts";

/** A version's folder unused for this long is removed: drafts leave one per save they preview. */
const UNUSED_MS = 24 * 3600 * 1000;

/**
 * The folder holding these files under DATA_DIR (`content/<hash>`), written once: the loaders of
 * the service, `content:check` and the preview all read a folder, so a stored version becomes one.
 * Every use marks the folder as recent; folders nobody used for a day are removed (they are
 * written again if ever needed).
 */
export async function materializeContentVersion(
  dataDir: string,
  hash: string,
  files: ContentFiles,
): Promise<string> {
  const root = path.resolve(dataDir, "content");
  const dir = path.join(root, hash.slice(0, 32));
  if (existsSync(dir)) {
    const now = new Date();
    await utimes(dir, now, now).catch(() => undefined);
  } else {
    await writeContentFiles(dir, files);
    await pruneUnused(root, dir);
  }
  return dir;
}

async function pruneUnused(root: string, keep: string): Promise<void> {
  const names = await readdir(root).catch(() => []);
  const limit = Date.now() - UNUSED_MS;
  for (const name of names) {
    const dir = path.join(root, name);
    if (dir === keep || !/^[0-9a-f]{32}$/.test(name)) continue;
    const info = await stat(dir).catch(() => undefined);
    if (info?.isDirectory() && info.mtimeMs < limit) await rm(dir, { recursive: true, force: true });
  }
}
