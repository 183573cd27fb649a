import { copyFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../../src/content/loadContent.ts";
import { loadOrTrainUnderstanding } from "../../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { createModelFileCache } from "../../src/persistence/createModelFileCache.ts";
import { ROOT } from "./runProcess.ts";

/** Kept between runs: the file name carries the hash of the utterances, so a change retrains. */
const SHARED_DIR = path.join(tmpdir(), "conciliabot-test-nlu");

let trained: Promise<string> | undefined;

/**
 * The NLU model trained from intents/ once per content version (or read from the shared cache),
 * and the path of its cache file. Training the real model costs seconds of CPU; every service a
 * test starts on a new data folder would otherwise pay it again. test/conversation/nlu/ covers training itself.
 */
export function sharedNluCacheFile(): Promise<string> {
  trained ??= (async () => {
    const contentDir = path.join(ROOT, "intents");
    const { training, territory } = await loadContent(contentDir, "understanding");
    await mkdir(SHARED_DIR, { recursive: true });
    const cache = createModelFileCache(SHARED_DIR);
    return cache.fileOf((await loadOrTrainUnderstanding(training, territory, cache)).hash);
  })();
  return trained;
}

/** Puts the trained model into a new data folder, where the service looks for its cache. */
export async function seedNluCache(dataDir: string): Promise<void> {
  const file = await sharedNluCacheFile();
  await copyFile(file, path.join(dataDir, path.basename(file)));
}
