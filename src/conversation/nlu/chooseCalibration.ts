import { softmaxInPlace } from "./trainSoftmaxRegression.ts";

export interface HeldOutScores {
  logits: Float64Array;
  label: number;
}

export interface Calibration {
  temperature: number;
  threshold: number;
  accuracy: number;
  oosF1: number;
  nllBefore: number;
  nllAfter: number;
}

/**
 * Fits a temperature (lowest negative log-likelihood) and then the out-of-scope threshold on
 * scores of utterances the model did not see in training. The threshold maximises accuracy plus
 * out-of-scope F1, and among equally good values the middle of the plateau is taken, which is
 * less brittle than its edge.
 */
export function chooseCalibration(heldOut: readonly HeldOutScores[], oosIndex: number): Calibration {
  const nllAt = (temperature: number): number => {
    let nll = 0;
    for (const item of heldOut) {
      const p = Float64Array.from(item.logits);
      softmaxInPlace(p, temperature);
      nll -= Math.log(Math.max(p[item.label] ?? 0, 1e-12));
    }
    return nll / Math.max(heldOut.length, 1);
  };
  let temperature = 1;
  let bestNll = Number.POSITIVE_INFINITY;
  for (let t = 0.2; t <= 4.0001; t += 0.05) {
    const nll = nllAt(t);
    if (nll < bestNll) {
      bestNll = nll;
      temperature = t;
    }
  }
  const predictions = heldOut.map((item) => {
    const p = Float64Array.from(item.logits);
    softmaxInPlace(p, temperature);
    let best = -1;
    let bestP = -1;
    for (let c = 0; c < p.length; c++) {
      if ((p[c] ?? 0) > bestP) {
        bestP = p[c] ?? 0;
        best = c;
      }
    }
    return { best, bestP, label: item.label };
  });
  const scored: { threshold: number; score: number; accuracy: number; oosF1: number }[] = [];
  for (let step = 0; step <= 90; step++) {
    const threshold = step / 100;
    let correct = 0;
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { best, bestP, label } of predictions) {
      const predicted = best === oosIndex || bestP < threshold ? oosIndex : best;
      if (predicted === label) correct++;
      if (predicted === oosIndex && label === oosIndex) tp++;
      else if (predicted === oosIndex) fp++;
      else if (label === oosIndex) fn++;
    }
    const accuracy = correct / Math.max(predictions.length, 1);
    const oosF1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    scored.push({ threshold, score: accuracy + oosF1, accuracy, oosF1 });
  }
  const top = Math.max(...scored.map((s) => s.score));
  const plateau = scored.filter((s) => s.score >= top - 1e-9);
  const chosen = plateau[Math.floor(plateau.length / 2)] ?? { threshold: 0.5, accuracy: 0, oosF1: 0 };
  return {
    temperature: Math.round(temperature * 100) / 100,
    threshold: chosen.threshold,
    accuracy: chosen.accuracy,
    oosF1: chosen.oosF1,
    nllBefore: nllAt(1),
    nllAfter: bestNll,
  };
}
