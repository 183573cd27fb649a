import { seededRandom } from "./seededRandom.ts";

/** A sparse example: feature indices with their values, and the index of its class. */
export interface SparseExample {
  indices: Int32Array;
  values: Float64Array;
  label: number;
}

export interface SoftmaxParameters {
  /** Row-major: weights[feature * classCount + class]. */
  weights: Float32Array;
  bias: Float64Array;
  classCount: number;
}

/**
 * Classes whose gradient is this small for an example are not updated for it: once the model
 * separates an example, most classes have probability ~0 and updating them only costs time.
 */
const SKIP_BELOW = 1e-3;

export interface SoftmaxTraining {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/**
 * Multinomial logistic regression trained with AdaGrad on sparse features. Chosen because its
 * outputs are probabilities that temperature scaling can calibrate, it trains on a thousand
 * utterances in well under a second, and scoring costs one sparse dot product per class.
 */
export function trainSoftmaxRegression(
  examples: readonly SparseExample[],
  featureCount: number,
  classCount: number,
  training: SoftmaxTraining,
): SoftmaxParameters {
  const weights = new Float32Array(featureCount * classCount);
  const squared = new Float32Array(featureCount * classCount);
  const bias = new Float64Array(classCount);
  const biasSquared = new Float64Array(classCount);
  const order = examples.map((_, i) => i);
  const random = seededRandom(training.seed);
  const logits = new Float64Array(classCount);
  const activeClasses = new Int32Array(classCount);
  const { learningRate, l2 } = training;
  for (let epoch = 0; epoch < training.epochs; epoch++) {
    shuffle(order, random);
    for (const position of order) {
      const example = examples[position];
      if (!example) continue;
      linearScores(weights, bias, classCount, example.indices, example.values, logits);
      softmaxInPlace(logits, 1);
      logits[example.label] = (logits[example.label] ?? 0) - 1;
      for (let c = 0; c < classCount; c++) {
        const g = logits[c] ?? 0;
        biasSquared[c] = (biasSquared[c] ?? 0) + g * g;
        bias[c] = (bias[c] ?? 0) - (learningRate * g) / (Math.sqrt(biasSquared[c] ?? 0) + 1e-8);
      }
      let active = 0;
      for (let c = 0; c < classCount; c++) {
        if (Math.abs(logits[c] ?? 0) >= SKIP_BELOW) activeClasses[active++] = c;
      }
      for (let k = 0; k < example.indices.length; k++) {
        const base = (example.indices[k] ?? 0) * classCount;
        const value = example.values[k] ?? 0;
        for (let a = 0; a < active; a++) {
          const c = activeClasses[a] ?? 0;
          const at = base + c;
          const w = weights[at] ?? 0;
          const grad = (logits[c] ?? 0) * value + l2 * w;
          const acc = (squared[at] ?? 0) + grad * grad;
          squared[at] = acc;
          weights[at] = w - (learningRate * grad) / (Math.sqrt(acc) + 1e-8);
        }
      }
    }
  }
  return { weights, bias, classCount };
}

/** Raw class scores (logits) of one sparse example, written into `out`. */
export function linearScores(
  weights: Float32Array,
  bias: Float64Array,
  classCount: number,
  indices: Int32Array,
  values: Float64Array,
  out: Float64Array,
): void {
  for (let c = 0; c < classCount; c++) out[c] = bias[c] ?? 0;
  for (let k = 0; k < indices.length; k++) {
    const base = (indices[k] ?? 0) * classCount;
    const value = values[k] ?? 0;
    for (let c = 0; c < classCount; c++) out[c] = (out[c] ?? 0) + (weights[base + c] ?? 0) * value;
  }
}

/** Turns logits into probabilities in place, dividing by a temperature first. */
export function softmaxInPlace(scores: Float64Array, temperature: number): void {
  let max = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    const e = Math.exp(((scores[c] ?? 0) - max) / temperature);
    scores[c] = e;
    sum += e;
  }
  for (let c = 0; c < scores.length; c++) scores[c] = (scores[c] ?? 0) / sum;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = a;
  }
}
