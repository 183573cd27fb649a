import type { EvaluatedItem, EvaluationReport } from "../../console/content/EvaluationReport.ts";
import { DialogueSetSchema } from "./DialogueSetSchema.ts";
import { describeCheck } from "./describeCheck.ts";
import { EVAL_SET_FILES } from "./EVAL_SET_FILES.ts";
import { startEvalCores } from "./EvalCores.ts";
import { FactSetSchema } from "./FactSetSchema.ts";
import type { PlayedStep } from "./playSteps.ts";
import { readEvalSet } from "./readEvalSet.ts";
import { runDialogueEvaluation } from "./runDialogueEvaluation.ts";
import { runFactEvaluation } from "./runFactEvaluation.ts";
import type { EvalCoreOptions } from "./startEvalCore.ts";
import { tallyBy } from "./tallyBy.ts";

/** Enough of a reply to see what went wrong, not a transcript. */
const GOT_CHARS = 500;

/**
 * The dialogue and fact evaluations (the sets of `npm run eval:dialogue` and `eval:facts`) on one
 * content folder, on one pair of services: what the console compares between the published
 * content and a draft. `filter` keeps the dialogues and questions whose name contains it.
 */
export async function evaluateContent(
  options: Omit<EvalCoreOptions, "officeClosed"> & { filter?: string | undefined },
): Promise<EvaluationReport> {
  const startedAt = performance.now();
  const wanted = (entry: { name: string }) =>
    !options.filter || entry.name.toLowerCase().includes(options.filter.toLowerCase());
  const [dialogueSet, factSet] = await Promise.all([
    readEvalSet(EVAL_SET_FILES.dialogue, DialogueSetSchema),
    readEvalSet(EVAL_SET_FILES.facts, FactSetSchema),
  ]);
  const dialogues = dialogueSet.filter(wanted);
  const facts = factSet.filter(wanted);
  const cores = await startEvalCores(
    {
      open: facts.length > 0 || dialogues.some((d) => !d.office_closed),
      closed: dialogues.some((d) => d.office_closed),
    },
    options,
  );
  try {
    const steps = await runDialogueEvaluation(dialogues, cores);
    const items = await runFactEvaluation(facts, cores);
    const failedStep = (p: PlayedStep, step: number, check: Parameters<typeof describeCheck>[0]) => ({
      step,
      say: p.say,
      expected: describeCheck(check),
      got: p.seen.slice(0, GOT_CHARS),
      why: p.why,
    });
    const dialogueResults: EvaluatedItem[] = dialogues.map((d) => {
      const failed = steps
        .filter((r) => r.dialogue === d.name && !r.ok)
        .flatMap((r) => {
          const check = d.steps[r.step - 1];
          return check ? [failedStep(r, r.step, check)] : [];
        });
      return { name: d.name, ok: failed.length === 0, failed };
    });
    const factResults: EvaluatedItem[] = items.map((r) => {
      const item = facts.find((f) => f.name === r.name);
      const failed = r.steps.flatMap((p, i) => {
        const check = item?.steps[i];
        return p.context || p.ok || !check ? [] : [failedStep(p, i + 1, check)];
      });
      return { name: r.name, ok: r.ok, failed };
    });
    const passed = (list: EvaluatedItem[]) => ({
      passed: list.filter((i) => i.ok).length,
      total: list.length,
    });
    const ok = (r: { ok: boolean }) => r.ok;
    return {
      seconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
      dialogue: {
        items: passed(dialogueResults),
        groups: Object.fromEntries(tallyBy(steps, (r) => r.pattern, ok)),
        results: dialogueResults,
      },
      facts: {
        items: passed(factResults),
        groups: Object.fromEntries(tallyBy(items, (r) => r.topic, ok)),
        results: factResults,
      },
    };
  } finally {
    await cores.dispose();
  }
}
