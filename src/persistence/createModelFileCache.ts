import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ModelCache } from "../conversation/ports/ModelCache.ts";

/**
 * The trained model kept as `<dataDir>/nlu-cache-<hash>.json`, written atomically so two
 * instances starting together never read half a file; `fileOf` names the file (to copy it on).
 */
export function createModelFileCache(dataDir: string): ModelCache & { fileOf(hash: string): string } {
  const fileOf = (hash: string) => path.join(dataDir, `nlu-cache-${hash}.json`);
  return {
    fileOf,
    async read(hash) {
      const text = await readFile(fileOf(hash), "utf8").catch(() => undefined);
      try {
        return text === undefined ? undefined : JSON.parse(text);
      } catch {
        return undefined;
      }
    },
    async write(hash, model) {
      await mkdir(dataDir, { recursive: true });
      // Unique per writer: two instances (or two services in one process) may train at the same time.
      const temporary = `${fileOf(hash)}.${process.pid}.${randomUUID()}.tmp`;
      await writeFile(temporary, JSON.stringify(model));
      await rename(temporary, fileOf(hash));
    },
  };
}
