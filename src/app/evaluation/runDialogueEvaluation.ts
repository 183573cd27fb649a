import type { Dialogue } from "./DialogueSetSchema.ts";
import type { EvalCores } from "./EvalCores.ts";
import { type PlayedStep, playSteps } from "./playSteps.ts";

export interface DialogueStepResult extends PlayedStep {
  dialogue: string;
  step: number;
  pattern: string;
  state: string;
  lang: "it" | "en";
}

/**
 * The multi-turn dialogues (test/evals/dialogues.json) through the real conversation core on the
 * given content, each step judged as dialog-check.mjs judges it: what `npm run eval:dialogue`
 * prints and what the console's evaluation of a draft compares.
 */
export async function runDialogueEvaluation(
  dialogues: readonly Dialogue[],
  cores: EvalCores,
): Promise<DialogueStepResult[]> {
  const results: DialogueStepResult[] = [];
  for (const dialogue of dialogues) {
    const played = await playSteps(cores.core(dialogue.office_closed === true), dialogue.steps);
    for (const [i, p] of played.entries()) {
      const st = dialogue.steps[i];
      if (!st) continue;
      results.push({
        ...p,
        dialogue: dialogue.name,
        step: i + 1,
        pattern: st.pattern,
        state: st.state,
        lang: st.locale === "en-US" ? "en" : "it",
      });
    }
  }
  return results;
}
