import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { createUnderstanding, type Understander, type UnderstandingOptions } from "./createUnderstanding.ts";
import type { Gazetteer } from "./Gazetteer.ts";
import { hashTrainingData } from "./hashTrainingData.ts";
import { type IntentModel, IntentModelSchema } from "./IntentModel.ts";
import { trainIntentModel } from "./trainIntentModel.ts";
import type { TrainingData } from "./trainingDataSchema.ts";

export interface LoadedUnderstanding {
  understander: Understander;
  /** "cache" when a model for exactly these utterances was on disk. */
  origin: "cache" | "trained";
  /** Time spent reading or training the model, in milliseconds. */
  millis: number;
  cacheFile: string;
}

/**
 * Starts the understanding from `<dataDir>/nlu-cache-<hash>.json` when the utterances have not
 * changed since it was written, otherwise trains and writes that file (atomically, so two
 * instances starting together never read half a file). A corrupt or stale cache is retrained.
 */
export async function loadOrTrainUnderstanding(
  trainingData: TrainingData,
  gazetteer: Gazetteer,
  dataDir: string,
  options: Omit<UnderstandingOptions, "model"> = {},
): Promise<LoadedUnderstanding> {
  const started = performance.now();
  const hash = hashTrainingData(trainingData);
  const cacheFile = path.join(dataDir, `nlu-cache-${hash}.json`);
  const cached = await readCachedModel(cacheFile, hash);
  if (cached) {
    const understander = createUnderstanding(trainingData, gazetteer, { ...options, model: cached });
    return { understander, origin: "cache", millis: performance.now() - started, cacheFile };
  }
  const model = trainIntentModel(trainingData, hash, options);
  const understander = createUnderstanding(trainingData, gazetteer, { ...options, model });
  const millis = performance.now() - started;
  await mkdir(dataDir, { recursive: true });
  // Unique per writer: two instances (or two services in one process) may train at the same time.
  const temporary = `${cacheFile}.${process.pid}.${randomUUID()}.tmp`;
  await writeFile(temporary, JSON.stringify(model));
  await rename(temporary, cacheFile);
  return { understander, origin: "trained", millis, cacheFile };
}

async function readCachedModel(file: string, hash: string): Promise<IntentModel | undefined> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = IntentModelSchema.safeParse(JSON.parse(text));
    return parsed.success && parsed.data.dataHash === hash ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
