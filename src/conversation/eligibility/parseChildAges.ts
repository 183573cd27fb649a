import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import { NUMBER_WORDS } from "../format/numberWords.ts";

/**
 * Children's ages from a typed answer: "2 e 7 anni", "18 mesi", "uno di 3 e uno di 10", "6 months".
 * Months become fractions of a year. Returns undefined when no age can be read, so the caller asks again.
 */
export function parseChildAges(text: string): number[] | undefined {
  const tokens = normalizePlaceName(text.replace(/(\d),(\d)/g, "$1.$2")).split(" ");
  const ages: number[] = [];
  tokens.forEach((token, index) => {
    const value = /^\d+(\.\d+)?$/.test(token)
      ? Number(token)
      : isAgeWord(tokens, index)
        ? NUMBER_WORDS[token]
        : undefined;
    if (value === undefined) return;
    const unit = tokens[index + 1] ?? "";
    const months = /^(mes[ei]|months?)$/.test(unit);
    ages.push(months ? Math.round((value / 12) * 100) / 100 : value);
  });
  const plausible = ages.filter((age) => age >= 0 && age < 30);
  return plausible.length > 0 && plausible.length === ages.length ? plausible : undefined;
}

/** Number words only count next to a unit ("tre anni", "diciotto mesi"), not "uno di 3". */
function isAgeWord(tokens: readonly string[], index: number): boolean {
  const word = tokens[index];
  if (word === undefined || NUMBER_WORDS[word] === undefined) return false;
  return /^(anni|anno|mes[ei]|years?|months?)$/.test(tokens[index + 1] ?? "");
}
