import type { Lang } from "../ids.ts";

const SEPARATORS: Readonly<Record<Lang, { group: string; decimal: string }>> = {
  it: { group: ".", decimal: "," },
  en: { group: ",", decimal: "." },
};

/**
 * Grouping written by hand: `Intl` with "it-IT" leaves four-digit numbers ungrouped ("1000,00"),
 * while Italian public documents write "1.000,00"; English readers expect "1,000.00".
 */
export function formatNumber(value: number, lang: Lang = "it", decimals = 0): string {
  const { group, decimal } = SEPARATORS[lang];
  const negative = value < 0;
  const scaled = Math.round(Math.abs(value) * 10 ** decimals);
  const digits = String(scaled).padStart(decimals + 1, "0");
  const integer = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? "-" : ""}${grouped}${decimals > 0 ? `${decimal}${fraction}` : ""}`;
}
