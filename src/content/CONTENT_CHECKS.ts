import { loadDialogContent } from "../conversation/content/loadDialogContent.ts";
import { loadTrainingData } from "../conversation/nlu/loadTrainingData.ts";
import { ContentError } from "./ContentError.ts";
import { formatEuro } from "./format/formatEuro.ts";
import { loadWebPages } from "./loadWebPages.ts";
import { tryLoadContent } from "./tryLoadContent.ts";

export type ContentCheck = {
  name: string;
  run: (dir: string) => Promise<{ ok: true; summary: string } | { ok: false; problems: string[] }>;
};

/** Other loaders report broken files with ContentError; anything else is a bug and propagates. */
const viaLoader =
  (load: (dir: string) => Promise<unknown>, summary: string): ContentCheck["run"] =>
  async (dir) => {
    try {
      await load(dir);
      return { ok: true, summary };
    } catch (error) {
      if (error instanceof ContentError) return { ok: false, problems: [...error.problems] };
      throw error;
    }
  };

/**
 * The checks of `content:check`, one per loader: the console editor runs the same ones on a draft
 * before saving or publishing it.
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
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
  { name: "testi delle pagine web", run: viaLoader(loadWebPages, "intents/web/pages.yaml") },
];
