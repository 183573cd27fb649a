/**
 * `npm run eval:facts [-- --json] [--filter <substring>] [--min <rate>] [--verbose] [--file <set>]`
 *
 * `--file test/evals/facts-heldout.json` runs the held-out questions (other wordings, written
 * without looking at the rules) to see whether the answers generalise beyond the main set.
 *
 * The questions of test/evals/facts.json on the programme document (Italian and English,
 * standalone and as follow-ups after context steps, plus honesty questions the document does not
 * answer) through the real conversation core, in-process on PGlite, as Web Chat messages. Each
 * question is judged as ../shared/tools/dialog-check.mjs judges a step, and its reply must also
 * carry the expected source in channelData.source. Prints the pass rate (and the rate on content
 * alone, without the source check) per topic, kind and language, then every miss with the reply.
 * Then lists every eligibility criterion of intents/programme/actions.yaml with its source: a quoted
 * line of the document, or an interpretation with its reason (interpretations never decide a verdict).
 * Exit code 0 unless --min is given and the item pass rate is below it.
 */
import path from "node:path";
import { startEvalCores } from "../src/app/evaluation/EvalCores.ts";
import { FactSetSchema } from "../src/app/evaluation/FactSetSchema.ts";
import { type FactItemResult, runFactEvaluation } from "../src/app/evaluation/runFactEvaluation.ts";
import { tallyBy } from "../src/app/evaluation/tallyBy.ts";
import { loadContent } from "../src/content/loadContent.ts";
import { listCriteria } from "../src/conversation/eligibility/listCriteria.ts";
import { evalCoreOptions } from "./evals/evalCoreOptions.ts";
import { openEvalRun } from "./evals/openEvalRun.ts";
import { playedStepJson } from "./evals/playedStepJson.ts";
import { percent, rateTable } from "./evals/rateTable.ts";

const FILE = path.resolve(import.meta.dirname, "../test/evals/facts.json");
const criteria = listCriteria(await loadContent(path.resolve(import.meta.dirname, "../intents")));
const interpretations = criteria.filter((c) => c.basis === "interpretation").length;

const { flags, entries: items, file } = await openEvalRun("eval:facts", FILE, FactSetSchema);

const startedAt = performance.now();
const cores = await startEvalCores({ open: items.length > 0, closed: false }, evalCoreOptions());
const results = await runFactEvaluation(items, cores).finally(() => cores.dispose());
const seconds = (performance.now() - startedAt) / 1000;

const ok = (r: FactItemResult) => r.ok;
const contentOk = (r: FactItemResult) => r.contentOk;
const all = { passed: results.filter(ok).length, total: results.length };
const content = { passed: results.filter(contentOk).length, total: results.length };
const withSource = results.filter((r) =>
  r.steps.some((s) => !s.context && s.why.some((w) => w.startsWith("source:"))),
);
const tables = {
  byTopic: tallyBy(results, (r) => r.topic, ok),
  byKind: tallyBy(results, (r) => r.kind, ok, ["fact", "honesty"]),
  byLanguage: tallyBy(results, (r) => r.lang, ok, ["it", "en"]),
  byShape: tallyBy(results, (r) => (r.followUp ? "follow-up" : "standalone"), ok, [
    "standalone",
    "follow-up",
  ]),
  contentByTopic: tallyBy(results, (r) => r.topic, contentOk),
  contentByLanguage: tallyBy(results, (r) => r.lang, contentOk, ["it", "en"]),
};
const rate = all.total ? all.passed / all.total : 0;

if (flags.json) {
  console.log(
    JSON.stringify(
      {
        file: path.relative(process.cwd(), file),
        seconds: Number(seconds.toFixed(1)),
        items: all,
        contentOnly: content,
        byTopic: Object.fromEntries(tables.byTopic),
        byKind: Object.fromEntries(tables.byKind),
        byLanguage: Object.fromEntries(tables.byLanguage),
        byShape: Object.fromEntries(tables.byShape),
        contentOnlyByTopic: Object.fromEntries(tables.contentByTopic),
        criteria,
        results: results.map((r) => ({
          ...r,
          steps: r.steps.map((s) => ({ context: s.context, ...playedStepJson(s) })),
        })),
      },
      null,
      1,
    ),
  );
} else {
  const out: string[] = [];
  out.push(
    `Facts evaluation (${path.relative(process.cwd(), file)}): ${results.length} questions (${tables.byLanguage.get("en")?.total ?? 0} English, ` +
      `${tables.byShape.get("follow-up")?.total ?? 0} follow-ups, ${tables.byKind.get("honesty")?.total ?? 0} honesty), ` +
      `in-process on PGlite, ${seconds.toFixed(1)} s`,
    "",
    `passed (source included)   ${all.passed}/${all.total}  ${percent(all)}`,
    `passed on content alone    ${content.passed}/${content.total}  ${percent(content)}   (channelData.source not checked)`,
    `missing or wrong source    ${withSource.length}`,
    ...(
      [
        ["topic", tables.byTopic],
        ["topic, content alone", tables.contentByTopic],
        ["kind", tables.byKind],
        ["language", tables.byLanguage],
        ["language, content alone", tables.contentByLanguage],
        ["shape", tables.byShape],
      ] as const
    ).flatMap(([title, tally]) => ["", rateTable(title, tally)]),
  );
  out.push(
    "",
    `eligibility criteria (intents/programme/actions.yaml): ${criteria.length}, ` +
      `${criteria.length - interpretations} quoted from the document, ${interpretations} interpretations (never decide a verdict)`,
    ...criteria.map(
      (c) =>
        `  ${c.action} · ${c.criterion} = ${c.rule} · ${c.basis === "document" ? "document" : "INTERPRETATION"}: ` +
        `«${c.source}»${c.note ? ` (${c.note})` : ""}`,
    ),
  );
  const shown = flags.verbose ? results : results.filter((r) => !r.ok);
  if (shown.length) out.push("", flags.verbose ? "questions:" : "misses:");
  for (const r of shown) {
    out.push(`${r.ok ? "ok  " : "MISS"} ${r.name} [${r.topic}, ${r.lang}${r.followUp ? ", follow-up" : ""}]`);
    for (const s of r.steps) {
      if (s.context && s.ok && !flags.verbose) continue;
      out.push(
        `     ${s.context ? "context " : ""}«${s.say.slice(0, 80)}» ${s.ok ? "ok" : s.why.join("; ")}`,
        `       bot: ${s.seen.slice(0, 400)}`,
      );
    }
  }
  console.log(out.join("\n"));
}
if (flags.min !== undefined && rate < flags.min) {
  console.error(
    `eval:facts: pass rate ${(rate * 100).toFixed(1)}% is below --min ${(flags.min * 100).toFixed(1)}%`,
  );
  process.exit(1);
}
