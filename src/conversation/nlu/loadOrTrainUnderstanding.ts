import type { TrainingData } from "../../content/trainingDataSchema.ts";
import type { ModelCache } from "../ports/ModelCache.ts";
import { createUnderstanding, type Understander, type UnderstandingOptions } from "./createUnderstanding.ts";
import type { Gazetteer } from "./Gazetteer.ts";
import { hashTrainingData } from "./hashTrainingData.ts";
import { IntentModelSchema } from "./IntentModel.ts";
import { trainIntentModel } from "./trainIntentModel.ts";

export interface LoadedUnderstanding {
  understander: Understander;
  /** "cache" when a model for exactly these utterances was kept. */
  origin: "cache" | "trained";
  /** Time spent reading or training the model, in milliseconds. */
  millis: number;
  /** The hash of the utterances, the model's key in the cache. */
  hash: string;
}

/**
 * Starts the understanding from the model kept for these utterances when they have not changed
 * since it was trained, otherwise trains one and keeps it. A corrupt or stale model is retrained.
 */
export async function loadOrTrainUnderstanding(
  trainingData: TrainingData,
  gazetteer: Gazetteer,
  cache: ModelCache,
  options: Omit<UnderstandingOptions, "model"> = {},
): Promise<LoadedUnderstanding> {
  const started = performance.now();
  const hash = hashTrainingData(trainingData);
  const kept = IntentModelSchema.safeParse(await cache.read(hash));
  if (kept.success && kept.data.dataHash === hash) {
    const understander = createUnderstanding(trainingData, gazetteer, { ...options, model: kept.data });
    return { understander, origin: "cache", millis: performance.now() - started, hash };
  }
  const model = trainIntentModel(trainingData, hash, options);
  const understander = createUnderstanding(trainingData, gazetteer, { ...options, model });
  const millis = performance.now() - started;
  await cache.write(hash, model);
  return { understander, origin: "trained", millis, hash };
}
