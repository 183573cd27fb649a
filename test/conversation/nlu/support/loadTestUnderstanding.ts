import { tmpdir } from "node:os";
import path from "node:path";
import { loadTerritory } from "../../../../src/content/loadTerritory.ts";
import type { Understander } from "../../../../src/conversation/nlu/createUnderstanding.ts";
import { loadOrTrainUnderstanding } from "../../../../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { loadTrainingData } from "../../../../src/conversation/nlu/loadTrainingData.ts";
import type { TrainingData } from "../../../../src/conversation/nlu/trainingDataSchema.ts";

export const CONTENT_DIR = path.resolve(import.meta.dirname, "../../../../intents");

/** The real understanding, trained once from intents/ and shared by test files through the cache. */
export async function loadTestUnderstanding(): Promise<{
  understander: Understander;
  trainingData: TrainingData;
}> {
  const [trainingData, territory] = await Promise.all([
    loadTrainingData(CONTENT_DIR),
    loadTerritory(CONTENT_DIR),
  ]);
  const { understander } = await loadOrTrainUnderstanding(
    trainingData,
    territory,
    path.join(tmpdir(), "conciliabot-nlu-tests"),
  );
  return { understander, trainingData };
}
