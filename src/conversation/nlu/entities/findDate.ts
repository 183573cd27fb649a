const MONTHS: readonly (readonly string[])[] = [
  ["gennaio", "gen", "january", "jan"],
  ["febbraio", "feb", "february"],
  ["marzo", "mar", "march"],
  ["aprile", "apr", "april"],
  ["maggio", "mag", "may"],
  ["giugno", "giu", "june", "jun"],
  ["luglio", "lug", "july", "jul"],
  ["agosto", "ago", "august", "aug"],
  ["settembre", "set", "sett", "september", "sep", "sept"],
  ["ottobre", "ott", "october", "oct"],
  ["novembre", "nov", "november"],
  ["dicembre", "dic", "december", "dec"],
];
const MONTH_WORD = MONTHS.flat()
  .sort((a, b) => b.length - a.length)
  .join("|");

export const DATE_PATTERNS: readonly RegExp[] = [
  /\b(\d{4})-(\d{2})-(\d{2})\b/g,
  /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/g,
  new RegExp(`\\b(\\d{1,2})(?:°|º|st|nd|rd|th)?\\s+(${MONTH_WORD})\\.?\\s+(\\d{4})\\b`, "g"),
  new RegExp(`\\b(${MONTH_WORD})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"),
];

/**
 * The first complete date (day, month and year) as yyyy-mm-dd: "15/01/2019", "15 gennaio 2019",
 * "1° marzo 2018", "January 15, 2019", "2019-01-15". Impossible dates are ignored; a month and
 * year without a day are not a date.
 */
export function findDate(folded: string): string | undefined {
  let best: { at: number; iso: string } | undefined;
  DATE_PATTERNS.forEach((pattern, kind) => {
    for (const match of folded.matchAll(pattern)) {
      const iso = toIso(kind, match[1] ?? "", match[2] ?? "", match[3] ?? "");
      if (iso && (best === undefined || match.index < best.at)) best = { at: match.index, iso };
    }
  });
  return best?.iso;
}

function toIso(kind: number, a: string, b: string, c: string): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (kind === 0) [year, month, day] = [Number(a), Number(b), Number(c)];
  else if (kind === 1)
    [day, month, year] = [Number(a), Number(b), c.length === 2 ? 2000 + Number(c) : Number(c)];
  else if (kind === 2) [day, month, year] = [Number(a), monthNumber(b), Number(c)];
  else [month, day, year] = [monthNumber(a), Number(b), Number(c)];
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

function monthNumber(word: string): number {
  return MONTHS.findIndex((names) => names.includes(word)) + 1;
}
