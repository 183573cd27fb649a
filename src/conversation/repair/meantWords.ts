/** Words that deny what follows: "non a Bergamo", "not 5". */
const NEGATIONS = new Set(["non", "not"]);
/** Words that introduce what was meant instead: "non a Bergamo ma a Como". */
const INSTEAD = new Set(["ma", "bensi", "but", "pero", "rather"]);
/** After a negation, these show it denies a value ("non a Bergamo"), not a fact ("non lavoriamo"). */
const VALUE_STARTS = new Set([
  "a",
  "ad",
  "in",
  "di",
  "da",
  "al",
  "alla",
  "e",
  "at",
  "from",
  "of",
  "the",
  "is",
]);

/**
 * What a correction means, without the value it denies: "non sono a Bergamo ma a Como" → "a
 * Como", "abitiamo a Mantova, non a Bergamo" → "abitiamo a Mantova", "siamo in 3, non 5" →
 * "siamo in 3". A negated fact with nothing else ("anzi, non lavoriamo") is kept: it is the news.
 */
export function meantWords(words: readonly string[]): string[] {
  const negation = words.findIndex((w) => NEGATIONS.has(w));
  if (negation < 0) return [...words];
  const instead = words.findIndex((w, i) => i > negation && INSTEAD.has(w));
  if (instead > 0) return [...words.slice(0, negation), ...words.slice(instead + 1)];
  const next = words[negation + 1] ?? "";
  const deniesValue = VALUE_STARTS.has(next) || /^\d/.test(next);
  return negation > 0 && deniesValue ? words.slice(0, negation) : [...words];
}
