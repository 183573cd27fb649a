import { NUMBER_WORD_PATTERN, numberFromWord } from "./numberFromWord.ts";

const CHILD =
  "figli[oae]?|bambin[oaie]|bimb[oaie]|piccol[oaie]|neonat[oaie]|ragazz[oaie]|ragazzin[oaie]|gemell[io]|" +
  "sons?|daughters?|child|children|kids?|baby|boy|girl|toddler";
const NUMBER = `(\\d{1,2}|${NUMBER_WORD_PATTERN})`;
const UNIT = "(anni|anno|mesi|mese|years?|months?)";
const HALF = "(\\s+e\\s+mezzo)?";
/** A child word, then at most four words, then "di|ha|ne ha|is|aged…" and the age. */
const ITALIAN_AGE = new RegExp(
  `\\b(?:${CHILD})\\b(?:\\s+\\S+){0,4}?\\s+(?:di|ha|ne ha|che ha|compie|di eta|is|who is|aged|age|of)\\s+${NUMBER}(?:\\s+e\\s+\\d{1,2})?\\s+${UNIT}${HALF}`,
  "g",
);
const ENGLISH_OLD = new RegExp(
  `\\b${NUMBER}[\\s-]+(year|month)s?[\\s-]+old\\b(?!\\s+(?:husband|wife|mother|father|man|woman))`,
  "g",
);
const ENGLISH_IS = new RegExp(
  `\\b(?:${CHILD})\\s+(?:who is|is|aged|age)\\s+(\\d{1,2})\\b(?!\\s*(?:hours|minutes|euro|%))`,
  "g",
);

/**
 * The age in years of a child the message talks about ("mia figlia di 10 mesi" → 0.8333,
 * "bimba di 2 anni e mezzo" → 2.5, "a 3 year old"). An age counts only when a child is
 * named next to it, so "ho 38 anni" or "20 anni di contributi" are not children.
 */
export function findChildAge(folded: string): number | undefined {
  const candidates: { at: number; years: number }[] = [];
  for (const match of folded.matchAll(ITALIAN_AGE)) {
    const years = toYears(match[1], match[2], match[3] !== undefined);
    if (years !== undefined) candidates.push({ at: match.index, years });
  }
  for (const match of folded.matchAll(ENGLISH_OLD)) {
    const years = toYears(match[1], match[2], false);
    if (years !== undefined) candidates.push({ at: match.index, years });
  }
  for (const match of folded.matchAll(ENGLISH_IS)) {
    const years = toYears(match[1], "years", false);
    if (years !== undefined) candidates.push({ at: match.index, years });
  }
  candidates.sort((a, b) => a.at - b.at);
  return candidates[0]?.years;
}

function toYears(amount: string | undefined, unit: string | undefined, half: boolean): number | undefined {
  const value = amount === undefined ? undefined : numberFromWord(amount);
  if (value === undefined || unit === undefined) return undefined;
  const years = (unit.startsWith("mes") || unit.startsWith("month") ? value / 12 : value) + (half ? 0.5 : 0);
  if (years > 18) return undefined;
  return Math.round(years * 10000) / 10000;
}
