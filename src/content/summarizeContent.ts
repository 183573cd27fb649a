import type { Content } from "./Content.ts";
import { formatEuro } from "./format/formatEuro.ts";

/** The lines `content:check` prints for valid content: what was loaded, one line per part. */
export function summarizeContent(content: Content): string[] {
  const table = content.facts.decree.table;
  const corrections = table.rows
    .filter((r) => r.corrected)
    .map((r) => `${r.province} "${r.printed}" → ${formatEuro(r.euros)}`);
  const comuni =
    content.territory.comuni.length +
    content.territory.provinces.reduce((n, p) => n + p.split.reduce((m, a) => m + a.comuni.length, 0), 0);
  return [
    `programma e territorio: ${content.actions.actions.length} azioni, ${content.networks.networks.length} reti, ` +
      `${content.territory.provinces.length} province, ${comuni} comuni, ${content.questions.questions.length} domande, ` +
      `${content.topics.topics.length} temi, ${content.periods.periods.length} periodi; tabella POR FSE: ` +
      `${table.total.projects} progetti, ${formatEuro(table.total.amount.euros)}, torna con il totale` +
      (corrections.length > 0 ? ` (correzioni registrate: ${corrections.join("; ")})` : ""),
    "moduli e risposte del dialogo: intents/forms e intents/responses",
    "frasi di addestramento: intents/nlu",
    "testi delle pagine web: intents/web/pages.yaml",
  ];
}
