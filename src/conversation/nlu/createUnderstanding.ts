import type { IntentId, Lang } from "../../content/ids.ts";
import type { TrainingData } from "../../content/trainingDataSchema.ts";
import { createIntentScorer } from "./createIntentScorer.ts";
import { detectLanguage } from "./detectLanguage.ts";
import { createPlaceFinder } from "./entities/createPlaceFinder.ts";
import { extractEntities } from "./entities/extractEntities.ts";
import type { Gazetteer } from "./Gazetteer.ts";
import { hashTrainingData } from "./hashTrainingData.ts";
import type { IntentModel } from "./IntentModel.ts";
import { type IntentTrainingOptions, trainIntentModel } from "./trainIntentModel.ts";
import type { Understanding } from "./Understanding.ts";

export interface UnderstandingOptions extends IntentTrainingOptions {
  /** A model trained earlier from the same data (e.g. read from the cache); skips training. */
  model?: IntentModel;
}

export interface UnderstandContext {
  /** The conversation's language so far: short messages without clues keep it. */
  lang?: Lang;
}

export interface Understander {
  understand(text: string, context?: UnderstandContext): Understanding;
  /** The trained model, for the cache and for reports. */
  readonly model: IntentModel;
}

const ALTERNATIVES = 3;

/**
 * The offline understanding: intent with a calibrated confidence, language and entities for
 * one message, synchronously and in well under a millisecond. A message whose best in-scope
 * intent falls below the threshold learnt on held-out data is out_of_scope, even when every
 * word in it is familiar ("che tempo fa a Milano").
 */
export function createUnderstanding(
  trainingData: TrainingData,
  gazetteer: Gazetteer,
  options: UnderstandingOptions = {},
): Understander {
  const model = options.model ?? trainIntentModel(trainingData, hashTrainingData(trainingData), options);
  const scorer = createIntentScorer(model);
  const findPlace = createPlaceFinder(gazetteer);
  const oosIndex = scorer.classes.indexOf("out_of_scope");
  return {
    model,
    understand(text, context = {}) {
      const lang = detectLanguage(text, context.lang);
      const entities = extractEntities(text, findPlace);
      if (text.trim().length === 0) {
        return { intent: "out_of_scope", confidence: 1, lang, entities, alternatives: [], source: "offline" };
      }
      const { probabilities } = scorer.score(text);
      const ranked: { intent: IntentId; confidence: number }[] = [];
      scorer.classes.forEach((intent, i) => {
        if (i !== oosIndex) ranked.push({ intent, confidence: round(probabilities[i] ?? 0) });
      });
      ranked.sort((a, b) => b.confidence - a.confidence);
      const best = ranked[0];
      const oos = probabilities[oosIndex] ?? 0;
      const alternatives = ranked.slice(0, ALTERNATIVES);
      if (!best || oos >= best.confidence) {
        return {
          intent: "out_of_scope",
          confidence: round(oos),
          lang,
          entities,
          alternatives,
          source: "offline",
        };
      }
      if (best.confidence < model.threshold) {
        const confidence = round(Math.max(oos, 1 - best.confidence));
        return { intent: "out_of_scope", confidence, lang, entities, alternatives, source: "offline" };
      }
      return {
        intent: best.intent,
        confidence: best.confidence,
        lang,
        entities,
        alternatives,
        source: "offline",
      };
    },
  };
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
