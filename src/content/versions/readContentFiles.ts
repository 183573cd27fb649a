import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { type ContentFiles, ContentPathSchema } from "./ContentFiles.ts";

/** Every file under the `intents` folder, by its path inside it: the deployed files as one version. */
export async function readContentFiles(dir: string): Promise<ContentFiles> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files: ContentFiles = {};
  const names = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
  for (const name of names) {
    const parsed = ContentPathSchema.safeParse(name);
    if (!parsed.success) continue;
    files[parsed.data] = await readFile(path.join(dir, name), "utf8");
  }
  return files;
}
