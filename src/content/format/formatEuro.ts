import type { Lang } from "../ids.ts";
import { formatNumber } from "./formatNumber.ts";

/** Amounts always with cents: "2.466.804,74 €" as the programme's documents write them, "€2,466,804.74" in English. */
export function formatEuro(euros: number, lang: Lang = "it"): string {
  const amount = formatNumber(euros, lang, 2);
  return lang === "it" ? `${amount} €` : `€${amount}`;
}
