import { createHash } from "node:crypto";
import type { TrainingData } from "../../content/trainingDataSchema.ts";
import { INTENT_MODEL_VERSION } from "./IntentModel.ts";

/**
 * A short, stable fingerprint of the utterances and the model version: the cache key. Intents
 * are sorted so that reading the files in another order does not retrain.
 */
export function hashTrainingData(data: TrainingData): string {
  const sorted = [...data.intents].sort((a, b) => a.intent.localeCompare(b.intent));
  const canonical = JSON.stringify({
    version: INTENT_MODEL_VERSION,
    intents: sorted.map((file) => [file.intent, file.utterances.it, file.utterances.en]),
    lexicon: data.lexicon,
  });
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}
