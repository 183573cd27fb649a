import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../../../../src/content/loadContent.ts";
import type { TrainingData } from "../../../../src/content/trainingDataSchema.ts";
import type { Understander } from "../../../../src/conversation/nlu/createUnderstanding.ts";
import { loadOrTrainUnderstanding } from "../../../../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { createModelFileCache } from "../../../../src/persistence/createModelFileCache.ts";

export const CONTENT_DIR = path.resolve(import.meta.dirname, "../../../../intents");

/** The real understanding, trained once from intents/ and shared by test files through the cache. */
export async function loadTestUnderstanding(): Promise<{
  understander: Understander;
  trainingData: TrainingData;
}> {
  const { training: trainingData, territory } = await loadContent(CONTENT_DIR, "understanding");
  const { understander } = await loadOrTrainUnderstanding(
    trainingData,
    territory,
    createModelFileCache(path.join(tmpdir(), "conciliabot-nlu-tests")),
  );
  return { understander, trainingData };
}
