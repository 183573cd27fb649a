import { checkStep } from "./checkStep.ts";
import type { EvalCores } from "./EvalCores.ts";
import type { FactItem } from "./FactSetSchema.ts";
import { type PlayedStep, playSteps } from "./playSteps.ts";

export interface FactItemResult {
  name: string;
  topic: string;
  kind: "fact" | "honesty";
  lang: "it" | "en";
  followUp: boolean;
  /** Every question step passed, source included. */
  ok: boolean;
  /** Every question step passed on its text and channelData checks, the source left aside. */
  contentOk: boolean;
  steps: Array<PlayedStep & { context: boolean }>;
}

/**
 * The questions on the programme document (test/evals/facts.json or a held-out set) through the
 * real conversation core on the given content: what `npm run eval:facts` prints and what the
 * console's evaluation of a draft compares.
 */
export async function runFactEvaluation(
  items: readonly FactItem[],
  cores: EvalCores,
): Promise<FactItemResult[]> {
  const results: FactItemResult[] = [];
  for (const item of items) {
    const played = await playSteps(cores.core(false), item.steps);
    const steps = played.map((p, i) => ({ ...p, context: item.steps[i]?.context === true }));
    const questions = item.steps.flatMap((st, i) => {
      const p = played[i];
      return st.context || !p ? [] : [{ st, p }];
    });
    const last = item.steps[item.steps.length - 1];
    results.push({
      name: item.name,
      topic: item.topic,
      kind: item.kind,
      lang: last?.locale === "en-US" ? "en" : "it",
      followUp: item.steps.some((st) => st.context),
      ok: questions.every(({ p }) => p.ok),
      contentOk: questions.every(({ st, p }) => checkStep({ ...st, source: undefined }, p.activities).ok),
      steps,
    });
  }
  return results;
}
