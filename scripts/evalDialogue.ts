/**
 * `npm run eval:dialogue [-- --json] [--filter <substring>] [--min <rate>] [--verbose]`
 *
 * The multi-turn dialogues of test/evals/dialogues.json (issue 12's repair patterns in every
 * state, Italian and English) through the real conversation core, in-process on PGlite: each step
 * goes through the ConversationGateway as a Web Chat message does and is judged exactly as
 * ../shared/tools/dialog-check.mjs judges it against a live server. Dialogues marked office_closed
 * run on a service whose OFFICE_HOURS exclude now, the others with staff always on duty.
 * Prints pass rates per pattern, per state, per language and the failing steps with the bot's
 * reply. Exit code 0 unless --min is given and the step pass rate is below it.
 */
import path from "node:path";
import { DIALOGUE_STATES } from "../src/app/evaluation/DIALOGUE_STATES.ts";
import { DialogueSetSchema } from "../src/app/evaluation/DialogueSetSchema.ts";
import { startEvalCores } from "../src/app/evaluation/EvalCores.ts";
import { REPAIR_PATTERNS } from "../src/app/evaluation/REPAIR_PATTERNS.ts";
import {
  type DialogueStepResult,
  runDialogueEvaluation,
} from "../src/app/evaluation/runDialogueEvaluation.ts";
import { tallyBy } from "../src/app/evaluation/tallyBy.ts";
import { evalCoreOptions } from "./evals/evalCoreOptions.ts";
import { matrixTable } from "./evals/matrixTable.ts";
import { openEvalRun } from "./evals/openEvalRun.ts";
import { playedStepJson } from "./evals/playedStepJson.ts";
import { percent, rateTable } from "./evals/rateTable.ts";

const FILE = path.resolve(import.meta.dirname, "../test/evals/dialogues.json");

const { flags, entries: dialogues } = await openEvalRun("eval:dialogue", FILE, DialogueSetSchema);

const startedAt = performance.now();
const cores = await startEvalCores(
  { open: dialogues.some((d) => !d.office_closed), closed: dialogues.some((d) => d.office_closed) },
  evalCoreOptions(),
);
const results = await runDialogueEvaluation(dialogues, cores).finally(() => cores.dispose());
const seconds = (performance.now() - startedAt) / 1000;

const ok = (r: DialogueStepResult) => r.ok;
const steps = { passed: results.filter(ok).length, total: results.length };
const failedDialogues = new Set(results.filter((r) => !r.ok).map((r) => r.dialogue));
const dialogueTally = { passed: dialogues.length - failedDialogues.size, total: dialogues.length };
const focus = results.filter((r) => r.pattern !== "guided");
const focusTally = { passed: focus.filter(ok).length, total: focus.length };
const byPattern = tallyBy(results, (r) => r.pattern, ok, REPAIR_PATTERNS);
const byState = tallyBy(focus, (r) => r.state, ok, DIALOGUE_STATES);
const byLang = tallyBy(results, (r) => r.lang, ok, ["it", "en"]);
const byLangRepair = tallyBy(focus, (r) => r.lang, ok, ["it", "en"]);
const rate = steps.total ? steps.passed / steps.total : 0;

if (flags.json) {
  console.log(
    JSON.stringify(
      {
        file: path.relative(process.cwd(), FILE),
        seconds: Number(seconds.toFixed(1)),
        steps,
        dialogues: dialogueTally,
        repairSteps: focusTally,
        byPattern: Object.fromEntries(byPattern),
        byState: Object.fromEntries(byState),
        byLanguage: Object.fromEntries(byLang),
        byLanguageRepairSteps: Object.fromEntries(byLangRepair),
        results: results.map((r) => ({
          dialogue: r.dialogue,
          step: r.step,
          pattern: r.pattern,
          state: r.state,
          lang: r.lang,
          ...playedStepJson(r),
        })),
      },
      null,
      1,
    ),
  );
} else {
  const out: string[] = [];
  out.push(
    `Dialogue evaluation: ${dialogues.length} dialogues, ${results.length} steps ` +
      `(${byLang.get("en")?.total ?? 0} English), in-process on PGlite, ${seconds.toFixed(1)} s`,
    "",
    `steps            ${steps.passed}/${steps.total}  ${percent(steps)}`,
    `repair steps     ${focusTally.passed}/${focusTally.total}  ${percent(focusTally)}   (all but pattern "guided")`,
    `dialogues        ${dialogueTally.passed}/${dialogueTally.total}  ${percent(dialogueTally)}   (every step passed)`,
    "",
    rateTable("pattern", byPattern),
    "",
    rateTable("state (repair steps)", byState),
    "",
    rateTable("language (all steps)", byLang),
    "",
    rateTable("language (repair steps)", byLangRepair),
    "",
    "pattern × state (passed/total)",
    matrixTable(
      REPAIR_PATTERNS.filter((p) => byPattern.get(p)?.total),
      DIALOGUE_STATES,
      (p, s) => {
        const cell = results.filter((r) => r.pattern === p && r.state === s);
        return { passed: cell.filter(ok).length, total: cell.length };
      },
    ),
  );
  const shown = flags.verbose ? results : results.filter((r) => !r.ok);
  if (shown.length) out.push("", flags.verbose ? "steps:" : "failing steps:");
  for (const r of shown) {
    out.push(
      `${r.ok ? "ok  " : "FAIL"} ${r.dialogue} #${r.step} [${r.pattern}/${r.state}] «${r.say.slice(0, 70)}» ${r.why.join("; ")}`,
      `     bot: ${r.seen.slice(0, 400)}${r.buttons.length ? `  [buttons: ${r.buttons.join(" | ")}]` : ""}`,
    );
  }
  console.log(out.join("\n"));
}
if (flags.min !== undefined && rate < flags.min) {
  console.error(
    `eval:dialogue: step pass rate ${(rate * 100).toFixed(1)}% is below --min ${(flags.min * 100).toFixed(1)}%`,
  );
  process.exit(1);
}
