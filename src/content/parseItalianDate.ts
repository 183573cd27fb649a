import type { DatePrecision } from "./format/formatDate.ts";
import { ITALIAN_MONTHS } from "./format/italianMonths.ts";
import { normalizePlaceName } from "./format/normalizePlaceName.ts";

export type ParsedItalianDate =
  | { ok: true; date: string; precision: DatePrecision }
  | { ok: false; message: string };

/**
 * Reads dates as the programme's documents write them: "15 gennaio 2019", "1° luglio 2017",
 * "15/06/2017" (day first, always), "luglio 2017" (month precision, kept as the 1st) and ISO
 * "2019-01-15". Impossible dates (31/02) are refused rather than rolled over.
 */
export function parseItalianDate(text: string): ParsedItalianDate {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) return checked(Number(iso[1]), Number(iso[2]), Number(iso[3]), "day", text);
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (numeric) return checked(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]), "day", text);
  const words = normalizePlaceName(trimmed.replace(/°/g, " ")).split(" ");
  if (words.length === 3) {
    const [day = "", monthName = "", year = ""] = words;
    const month = monthNumber(monthName);
    if (/^\d{1,2}$/.test(day) && month !== undefined && /^\d{4}$/.test(year)) {
      return checked(Number(year), month, Number(day), "day", text);
    }
  }
  if (words.length === 2) {
    const [monthName = "", year = ""] = words;
    const month = monthNumber(monthName);
    if (month !== undefined && /^\d{4}$/.test(year)) return checked(Number(year), month, 1, "month", text);
  }
  return { ok: false, message: `"${text}" is not a date (write e.g. "15 gennaio 2019" or "15/01/2019")` };
}

function monthNumber(name: string): number | undefined {
  const months: readonly string[] = ITALIAN_MONTHS;
  const index = months.indexOf(name);
  return index < 0 ? undefined : index + 1;
}

function checked(
  year: number,
  month: number,
  day: number,
  precision: DatePrecision,
  text: string,
): ParsedItalianDate {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `"${text}" is not a real calendar date` };
  }
  const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { ok: true, date: iso, precision };
}
