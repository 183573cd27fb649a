/**
 * `npm run eval:nlu [-- --errors]`: the offline understanding against test/conversation/nlu/eval-set.jsonl
 * (never used for training), side by side with plain nlp.js trained on the same files and with
 * our own model without the lexicon. Prints accuracy, macro-F1, out-of-scope precision/recall,
 * entity accuracy, calibration and the top confusions.
 */

import type { IntentId, Lang } from "../src/content/ids.ts";
import { INTENT_IDS } from "../src/content/ids.ts";
import { loadContent } from "../src/content/loadContent.ts";
import { createUnderstanding } from "../src/conversation/nlu/createUnderstanding.ts";
import type { Entities } from "../src/conversation/nlu/Entities.ts";
import { DEFAULT_FEATURE_CONFIG } from "../src/conversation/nlu/featurize.ts";
import { type NluEvalLine, readNluEvalSet } from "./readNluEvalSet.ts";
import { trainNlpjsBaseline } from "./trainNlpjsBaseline.ts";

interface Prediction {
  intent: IntentId;
  confidence: number;
  lang?: Lang;
  entities: Entities;
}

interface System {
  name: string;
  predictions: Prediction[];
}

const CONTENT_DIR = process.env.CONTENT_DIR ?? "intents";
const showErrors = process.argv.includes("--errors");

const [{ training: trainingData, territory }, evalSet] = await Promise.all([
  loadContent(CONTENT_DIR, "understanding"),
  readNluEvalSet(),
]);

const chosen = createUnderstanding(trainingData, territory);
const withoutLexicon = createUnderstanding(trainingData, territory, {
  featureConfig: { ...DEFAULT_FEATURE_CONFIG, conceptWeight: 0 },
});
const baseline = await trainNlpjsBaseline(trainingData);

const systems: System[] = [
  {
    name: "nlp.js baseline",
    predictions: await Promise.all(
      evalSet.map(async (line) => {
        const lang = chosen.understand(line.text).lang;
        const result = await baseline.classify(line.text, lang);
        return { ...result, entities: {} };
      }),
    ),
  },
  { name: "ours, no lexicon", predictions: evalSet.map((line) => withoutLexicon.understand(line.text)) },
  { name: "ours (chosen)", predictions: evalSet.map((line) => chosen.understand(line.text)) },
];

const metrics = systems.map((system) => measure(evalSet, system.predictions));
const rows: [string, (m: Metrics) => string][] = [
  ["accuracy", (m) => fmt(m.accuracy)],
  ["accuracy, Italian lines", (m) => fmt(m.accuracyIt)],
  ["accuracy, English lines", (m) => fmt(m.accuracyEn)],
  ["macro-F1", (m) => fmt(m.macroF1)],
  ["out-of-scope precision", (m) => fmt(m.oosPrecision)],
  ["out-of-scope recall", (m) => fmt(m.oosRecall)],
  ["entity accuracy (whole line)", (m) => fmt(m.entityAccuracy)],
  ["entity fields precision", (m) => fmt(m.entityPrecision)],
  ["entity fields recall", (m) => fmt(m.entityRecall)],
  ["language accuracy", (m) => (Number.isNaN(m.langAccuracy) ? "n/a" : fmt(m.langAccuracy))],
  ["calibration error (ECE)", (m) => fmt(m.ece)],
];
const first = Math.max(...rows.map(([label]) => label.length));
const width = Math.max(...systems.map((s) => s.name.length)) + 2;
const out: string[] = [];
out.push(
  `NLU evaluation: ${evalSet.length} lines (${count(evalSet, (l) => l.lang === "en")} English, ` +
    `${count(evalSet, (l) => l.intent === "out_of_scope")} out of scope), ` +
    `${trainingData.intents.reduce((n, f) => n + f.utterances.it.length + f.utterances.en.length, 0)} training utterances`,
);
out.push(
  `chosen model: temperature ${chosen.model.temperature}, out-of-scope threshold ${chosen.model.threshold} ` +
    `(both fitted on ${chosen.model.calibration.folds}-fold held-out training utterances, dev accuracy ` +
    `${fmt(chosen.model.calibration.devAccuracy)})`,
);
out.push("");
out.push(`| ${"metric".padEnd(first)} |${systems.map((s) => ` ${s.name.padStart(width - 2)} `).join("|")}|`);
out.push(`|${"-".repeat(first + 2)}|${systems.map(() => `${"-".repeat(width - 1)}:`).join("|")}|`);
for (const [label, value] of rows) {
  out.push(`| ${label.padEnd(first)} |${metrics.map((m) => ` ${value(m).padStart(width - 2)} `).join("|")}|`);
}
for (const [i, system] of systems.entries()) {
  out.push("");
  out.push(`top confusions, ${system.name} (gold → predicted):`);
  const top = metrics[i]?.confusions.slice(0, 8) ?? [];
  for (const [pair, n] of top) out.push(`  ${String(n).padStart(3)}  ${pair}`);
  if (top.length === 0) out.push("  none");
}
if (showErrors) {
  out.push("", "errors of the chosen model:");
  systems[2]?.predictions.forEach((p, i) => {
    const line = evalSet[i];
    if (!line) return;
    if (p.intent !== line.intent)
      out.push(`  ${line.id} ${line.intent} → ${p.intent} (${p.confidence}) ${line.text}`);
    if (!sameEntities(line.entities, withoutArea(p.entities))) {
      out.push(
        `  ${line.id} entities ${JSON.stringify(line.entities)} → ${JSON.stringify(withoutArea(p.entities))}`,
      );
    }
  });
}
process.stdout.write(`${out.join("\n")}\n`);

interface Metrics {
  accuracy: number;
  accuracyIt: number;
  accuracyEn: number;
  macroF1: number;
  oosPrecision: number;
  oosRecall: number;
  entityAccuracy: number;
  entityPrecision: number;
  entityRecall: number;
  langAccuracy: number;
  ece: number;
  confusions: [string, number][];
}

function measure(lines: readonly NluEvalLine[], predictions: readonly Prediction[]): Metrics {
  const pairs = lines.map((line, i) => ({ line, p: predictions[i] })).filter((x) => x.p !== undefined);
  const correct = (x: { line: NluEvalLine; p?: Prediction }) => x.p?.intent === x.line.intent;
  const f1s = INTENT_IDS.map((intent) => {
    const tp = count(pairs, (x) => x.line.intent === intent && x.p?.intent === intent);
    const fp = count(pairs, (x) => x.line.intent !== intent && x.p?.intent === intent);
    const fn = count(pairs, (x) => x.line.intent === intent && x.p?.intent !== intent);
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const predictedOos = pairs.filter((x) => x.p?.intent === "out_of_scope");
  const goldOos = pairs.filter((x) => x.line.intent === "out_of_scope");
  let fieldsExpected = 0;
  let fieldsFound = 0;
  let fieldsRight = 0;
  for (const { line, p } of pairs) {
    const expected = Object.entries(line.entities);
    const found = Object.entries(withoutArea(p?.entities ?? {}));
    fieldsExpected += expected.length;
    fieldsFound += found.length;
    fieldsRight += count(found, ([key, value]) => sameValue(value, Object.fromEntries(expected)[key]));
  }
  const confusions = new Map<string, number>();
  for (const { line, p } of pairs) {
    if (p && p.intent !== line.intent) {
      const key = `${line.intent} → ${p.intent}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
  }
  const withLang = pairs.filter((x) => x.p?.lang !== undefined);
  const inLang = (lang: Lang) => pairs.filter((x) => x.line.lang === lang);
  return {
    accuracy: share(pairs, correct),
    accuracyIt: share(inLang("it"), correct),
    accuracyEn: share(inLang("en"), correct),
    macroF1: f1s.reduce((a, b) => a + b, 0) / f1s.length,
    oosPrecision: share(predictedOos, (x) => x.line.intent === "out_of_scope"),
    oosRecall: share(goldOos, (x) => x.p?.intent === "out_of_scope"),
    entityAccuracy: share(pairs, (x) => sameEntities(x.line.entities, withoutArea(x.p?.entities ?? {}))),
    entityPrecision: ratio(fieldsRight, fieldsFound),
    entityRecall: ratio(fieldsRight, fieldsExpected),
    langAccuracy: withLang.length === 0 ? Number.NaN : share(withLang, (x) => x.p?.lang === x.line.lang),
    ece: expectedCalibrationError(
      pairs.map((x) => ({ confidence: x.p?.confidence ?? 0, right: correct(x) })),
    ),
    confusions: [...confusions].sort((a, b) => b[1] - a[1]),
  };
}

/** Mean gap between confidence and accuracy over ten equal-width confidence bins. */
function expectedCalibrationError(items: readonly { confidence: number; right: boolean }[]): number {
  let total = 0;
  for (let bin = 0; bin < 10; bin++) {
    const inBin = items.filter((x) => Math.min(Math.floor(x.confidence * 10), 9) === bin);
    if (inBin.length === 0) continue;
    const meanConfidence = inBin.reduce((a, x) => a + x.confidence, 0) / inBin.length;
    const accuracy = count(inBin, (x) => x.right) / inBin.length;
    total += (inBin.length / items.length) * Math.abs(meanConfidence - accuracy);
  }
  return total;
}

function withoutArea(entities: Entities): Omit<Entities, "area"> {
  const { area: _area, ...rest } = entities;
  return rest;
}

function sameEntities(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue(a[key], b[key]));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) < 0.01;
  return a === b;
}

function count<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  let n = 0;
  for (const item of items) if (predicate(item)) n++;
  return n;
}

/** The share of `items` for which `predicate` holds (0 when there are none). */
function share<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  return ratio(count(items, predicate), items.length);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function fmt(value: number): string {
  return value.toFixed(3);
}
