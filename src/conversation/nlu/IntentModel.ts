import { z } from "zod";
import { IntentIdSchema } from "../../content/ids.ts";
import { LexiconSchema } from "../../content/trainingDataSchema.ts";
import { FeatureConfigSchema } from "./featurize.ts";

/** Bump when features or training change meaning, so old caches are ignored. */
export const INTENT_MODEL_VERSION = 3;

/**
 * A trained intent model as plain data: what the cache stores and what scoring needs. Weights
 * are a base64 Float32Array (row-major, feature by class) to keep the cache small and fast to read.
 */
export const IntentModelSchema = z.object({
  version: z.literal(INTENT_MODEL_VERSION),
  dataHash: z.string().min(1),
  classes: z.array(IntentIdSchema).min(2),
  features: z.array(z.string()),
  weights: z.string(),
  bias: z.array(z.number()),
  featureConfig: FeatureConfigSchema,
  lexicon: LexiconSchema,
  /** Temperature scaling fitted on held-out folds of the training data. */
  temperature: z.number().positive(),
  /** Below this calibrated probability the best in-scope intent is not trusted: out_of_scope. */
  threshold: z.number().min(0).max(1),
  /** What the held-out folds said, kept for the record (eval and bench print it). */
  calibration: z.object({
    folds: z.number().int(),
    devAccuracy: z.number(),
    devOosF1: z.number(),
    nllBefore: z.number(),
    nllAfter: z.number(),
  }),
});
export type IntentModel = z.infer<typeof IntentModelSchema>;
