import type { Lang } from "../ids.ts";
import { ENGLISH_MONTHS, ITALIAN_MONTHS } from "./italianMonths.ts";

export type DatePrecision = "day" | "month" | "year";

/**
 * `2019-01-15` → "15 gennaio 2019" (or "15 January 2019"); with month precision "luglio 2017", so the bot
 * never states a day the source did not give.
 */
export function formatDate(isoDate: string, lang: Lang = "it", precision: DatePrecision = "day"): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`formatDate: not an ISO date: ${isoDate}`);
  const [, year, month, day] = match;
  const months = lang === "it" ? ITALIAN_MONTHS : ENGLISH_MONTHS;
  const monthName = months[Number(month) - 1];
  if (monthName === undefined) throw new Error(`formatDate: no month ${month} in ${isoDate}`);
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthName} ${year}`;
  const dayNumber = Number(day);
  const dayText = lang === "it" && dayNumber === 1 ? "1°" : String(dayNumber);
  return `${dayText} ${monthName} ${year}`;
}
