import type { IntentId } from "../../content/ids.ts";
import type { TrainingData } from "../../content/trainingDataSchema.ts";
import { chooseCalibration, type HeldOutScores } from "./chooseCalibration.ts";
import { createConceptMatcher } from "./createConceptMatcher.ts";
import { DEFAULT_FEATURE_CONFIG, type FeatureConfig, featurize } from "./featurize.ts";
import { INTENT_MODEL_VERSION, type IntentModel } from "./IntentModel.ts";
import { tokenize } from "./tokenize.ts";
import {
  linearScores,
  type SoftmaxTraining,
  type SparseExample,
  trainSoftmaxRegression,
} from "./trainSoftmaxRegression.ts";

export interface IntentTrainingOptions {
  featureConfig?: FeatureConfig;
  training?: Partial<SoftmaxTraining>;
  /** Folds used to calibrate on utterances each fold's model did not see (0 skips calibration). */
  folds?: number;
}

export const DEFAULT_TRAINING: SoftmaxTraining = { epochs: 10, learningRate: 0.15, l2: 1e-5, seed: 7 };

/**
 * Trains the intent model from the utterance files: k-fold held-out scores fix the temperature
 * and the out-of-scope threshold (never the evaluation set), then a final model learns from all
 * utterances.
 */
export function trainIntentModel(
  data: TrainingData,
  dataHash: string,
  options: IntentTrainingOptions = {},
): IntentModel {
  const featureConfig = options.featureConfig ?? DEFAULT_FEATURE_CONFIG;
  const training = { ...DEFAULT_TRAINING, ...options.training };
  const folds = options.folds ?? 4;
  const classes: IntentId[] = data.intents.map((file) => file.intent);
  const oosIndex = classes.indexOf("out_of_scope");
  const matchConcepts = createConceptMatcher(data.lexicon);
  const vocabulary = new Map<string, number>();
  const examples: (SparseExample & { fold: number })[] = [];
  data.intents.forEach((file, label) => {
    const utterances = [
      ...file.utterances.it.flatMap((u, i) => withCourtesy(file.intent, u, i, "it")),
      ...file.utterances.en.flatMap((u, i) => withCourtesy(file.intent, u, i, "en")),
    ];
    utterances.forEach(({ text: utterance, source: i }) => {
      const tokens = tokenize(utterance);
      const features = featurize(tokens, matchConcepts(tokens), featureConfig);
      const indices = new Int32Array(features.size);
      const values = new Float64Array(features.size);
      let k = 0;
      for (const [name, value] of features) {
        let index = vocabulary.get(name);
        if (index === undefined) {
          index = vocabulary.size;
          vocabulary.set(name, index);
        }
        indices[k] = index;
        values[k] = value;
        k++;
      }
      examples.push({ indices, values, label, fold: (i * 7 + label) % Math.max(folds, 1) });
    });
  });
  const heldOut: HeldOutScores[] = [];
  for (let fold = 0; fold < folds; fold++) {
    const model = trainSoftmaxRegression(
      examples.filter((e) => e.fold !== fold),
      vocabulary.size,
      classes.length,
      training,
    );
    for (const example of examples) {
      if (example.fold !== fold) continue;
      const logits = new Float64Array(classes.length);
      linearScores(model.weights, model.bias, classes.length, example.indices, example.values, logits);
      heldOut.push({ logits, label: example.label });
    }
  }
  const calibration =
    folds > 1 && oosIndex >= 0
      ? chooseCalibration(heldOut, oosIndex)
      : { temperature: 1, threshold: 0.5, accuracy: 0, oosF1: 0, nllBefore: 0, nllAfter: 0 };
  const final = trainSoftmaxRegression(examples, vocabulary.size, classes.length, training);
  return {
    version: INTENT_MODEL_VERSION,
    dataHash,
    classes,
    features: [...vocabulary.keys()],
    weights: Buffer.from(final.weights.buffer, final.weights.byteOffset, final.weights.byteLength).toString(
      "base64",
    ),
    bias: [...final.bias],
    featureConfig,
    lexicon: data.lexicon,
    temperature: calibration.temperature,
    threshold: calibration.threshold,
    calibration: {
      folds,
      devAccuracy: calibration.accuracy,
      devOosF1: calibration.oosF1,
      nllBefore: calibration.nllBefore,
      nllAfter: calibration.nllAfter,
    },
  };
}

const COURTESY_INTENTS: ReadonlySet<IntentId> = new Set(["greeting", "goodbye", "help"]);
const HELLO = {
  it: ["ciao", "buongiorno", "salve", "buonasera"],
  en: ["hi", "hello", "good morning", "hey"],
};
const THANKS = { it: ["grazie", "grazie mille"], en: ["thanks", "thank you"] };

/**
 * The utterance, plus (for one in three) a copy opening with a greeting and (for one in five) a
 * copy closing with thanks: people wrap real questions in courtesies, and the model must learn
 * that "buongiorno, …" is about what follows. Copies keep their source's index, so they land in
 * the same calibration fold and never leak into its held-out part.
 */
function withCourtesy(
  intent: IntentId,
  utterance: string,
  index: number,
  lang: "it" | "en",
): { text: string; source: number }[] {
  const out = [{ text: utterance, source: index }];
  if (COURTESY_INTENTS.has(intent)) return out;
  if (index % 3 === 0) out.push({ text: `${HELLO[lang][index % 4]}, ${utterance}`, source: index });
  if (index % 5 === 1) out.push({ text: `${utterance} ${THANKS[lang][index % 2]}`, source: index });
  return out;
}
