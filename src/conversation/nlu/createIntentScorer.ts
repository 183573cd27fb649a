import { createConceptMatcher } from "./createConceptMatcher.ts";
import { featurize } from "./featurize.ts";
import type { IntentModel } from "./IntentModel.ts";
import { tokenize } from "./tokenize.ts";
import { linearScores, softmaxInPlace } from "./trainSoftmaxRegression.ts";

export interface IntentScores {
  /** Calibrated probabilities, one per class, in `classes` order. */
  probabilities: Float64Array;
  /** How many of the message's words the model has ever seen (0 for gibberish). */
  knownWords: number;
  words: number;
}

/** Turns a model snapshot into a fast scorer: one map lookup per feature, one dot product per class. */
export function createIntentScorer(model: IntentModel) {
  const matchConcepts = createConceptMatcher(model.lexicon);
  const index = new Map<string, number>();
  model.features.forEach((name, i) => {
    index.set(name, i);
  });
  const bytes = Uint8Array.from(Buffer.from(model.weights, "base64"));
  const weights = new Float32Array(bytes.buffer);
  const bias = Float64Array.from(model.bias);
  const classCount = model.classes.length;
  if (weights.length !== model.features.length * classCount || bias.length !== classCount) {
    throw new Error("intent model: weights do not match features and classes");
  }
  return {
    classes: model.classes,
    score(text: string): IntentScores {
      const tokens = tokenize(text);
      const features = featurize(tokens, matchConcepts(tokens), model.featureConfig);
      const indices: number[] = [];
      const values: number[] = [];
      let knownWords = 0;
      for (const [name, value] of features) {
        const i = index.get(name);
        if (i === undefined) continue;
        indices.push(i);
        values.push(value);
        if (name.startsWith("w|")) knownWords++;
      }
      const probabilities = new Float64Array(classCount);
      linearScores(
        weights,
        bias,
        classCount,
        Int32Array.from(indices),
        Float64Array.from(values),
        probabilities,
      );
      softmaxInPlace(probabilities, model.temperature);
      return { probabilities, knownWords, words: tokens.length };
    },
  };
}
