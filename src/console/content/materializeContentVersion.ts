import { existsSync } from "node:fs";
import path from "node:path";
import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { writeContentFiles } from "../../content/versions/writeContentFiles.ts";

/**
 * The folder holding these files under DATA_DIR (`content/<hash>`), written once: the loaders of
 * the service, `content:check` and the preview all read a folder, so a stored version becomes one.
 */
export async function materializeContentVersion(
  dataDir: string,
  hash: string,
  files: ContentFiles,
): Promise<string> {
  const dir = path.resolve(dataDir, "content", hash.slice(0, 32));
  if (!existsSync(dir)) await writeContentFiles(dir, files);
  return dir;
}
