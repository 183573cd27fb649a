import "dotenv/config";
import { ContentError } from "../../content/ContentError.ts";
import { tryLoadContent } from "../../content/tryLoadContent.ts";
import { loadDialogContent } from "../../conversation/content/loadDialogContent.ts";
import { formatEuro } from "../../conversation/format/formatEuro.ts";
import { loadTrainingData } from "../../conversation/nlu/loadTrainingData.ts";
import { parseConfig } from "../config.ts";
import type { CliCommand } from "./cliCommands.ts";

type Check = {
  name: string;
  run: (dir: string) => Promise<{ ok: true; summary: string } | { ok: false; problems: string[] }>;
};

/** Other loaders report broken files with ContentError; anything else is a bug and propagates. */
const viaLoader =
  (load: (dir: string) => Promise<unknown>, summary: string): Check["run"] =>
  async (dir) => {
    try {
      await load(dir);
      return { ok: true, summary };
    } catch (error) {
      if (error instanceof ContentError) return { ok: false, problems: [...error.problems] };
      throw error;
    }
  };

const CHECKS: readonly Check[] = [
  {
    name: "programma e territorio",
    run: async (dir) => {
      const result = await tryLoadContent(dir);
      if (!result.ok) return result;
      const { content } = result;
      const table = content.facts.decree.table;
      const corrections = table.rows
        .filter((r) => r.corrected)
        .map((r) => `${r.province} "${r.printed}" → ${formatEuro(r.euros)}`);
      const comuni =
        content.territory.comuni.length +
        content.territory.provinces.reduce((n, p) => n + p.split.reduce((m, a) => m + a.comuni.length, 0), 0);
      return {
        ok: true,
        summary:
          `${content.actions.actions.length} azioni, ${content.networks.networks.length} reti, ` +
          `${content.territory.provinces.length} province, ${comuni} comuni, ${content.questions.questions.length} domande, ` +
          `${content.topics.topics.length} temi, ${content.periods.periods.length} periodi; tabella POR FSE: ` +
          `${table.total.projects} progetti, ${formatEuro(table.total.amount.euros)}, torna con il totale` +
          (corrections.length > 0 ? ` (correzioni registrate: ${corrections.join("; ")})` : ""),
      };
    },
  },
  {
    name: "moduli e risposte del dialogo",
    run: viaLoader(loadDialogContent, "intents/forms e intents/responses"),
  },
  { name: "frasi di addestramento", run: viaLoader(loadTrainingData, "intents/nlu") },
];

/**
 * `npm run -s cli -- content:check [dir]`: validates every content file that has a loader. Exit 0 with
 * a short summary, or exit 1 with one line per problem (file, path inside it, what is wrong).
 */
export const contentCheckCommand: CliCommand = async (args) => {
  const config = parseConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Configurazione non valida:\n${config.problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }
  const dir = args.find((a) => !a.startsWith("-")) ?? config.config.CONTENT_DIR;
  const problems: string[] = [];
  const summaries: string[] = [];
  for (const check of CHECKS) {
    const result = await check.run(dir);
    if (result.ok) summaries.push(`  ${check.name}: ${result.summary}`);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) {
    process.stderr.write(
      `contenuti non validi (${problems.length} problemi):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
    );
    return 1;
  }
  process.stdout.write(`contenuti validi:\n${summaries.join("\n")}\n`);
  return 0;
};
