import { formatEuro } from "../../content/format/formatEuro.ts";
import { formatNumber } from "../../content/format/formatNumber.ts";
import type { Lang } from "../../content/ids.ts";

/**
 * A budget as people say it: a round number of millions reads "3,5 milioni di euro" / "€3.5 million"
 * (the document's own wording); any other amount is written in full with cents.
 */
export function formatBudget(euros: number, lang: Lang = "it"): string {
  const tenths = euros / 100_000;
  if (euros < 1_000_000 || !Number.isInteger(tenths)) return formatEuro(euros, lang);
  const millions = formatNumber(euros / 1_000_000, lang, Number.isInteger(euros / 1_000_000) ? 0 : 1);
  const one = euros === 1_000_000;
  return lang === "it" ? `${millions} ${one ? "milione" : "milioni"} di euro` : `€${millions} million`;
}
