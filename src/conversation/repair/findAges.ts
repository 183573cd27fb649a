import { findChildAge } from "../nlu/entities/findChildAge.ts";
import { NUMBER_WORD_PATTERN, numberFromWord } from "../nlu/entities/numberFromWord.ts";

const NUMBER = `(\\d{1,2}|${NUMBER_WORD_PATTERN})`;
const CHILD_WORD =
  /\b(figli[oae]?|bambin[oaie]|bimb[oaie]|piccol[oaie]|neonat[oaie]|gemell[io]|sons?|daughters?|child|children|kids?|baby|toddler)\b/;
const AFTER_CHILDREN = new RegExp(
  `\\b(?:kids|children|figli|bambini|bimbi|figlie)\\s+(?:are|aged|hanno|di)\\s+${NUMBER}((?:\\s*(?:,|e|and|ed)\\s*${NUMBER})+)`,
  "g",
);
const LIST = new RegExp(
  `\\b${NUMBER}((?:\\s*(?:,|e|and|ed)\\s*${NUMBER})*)\\s+(anni|anno|mesi|mese|years?|months?)\\b`,
  "g",
);

/**
 * Children's ages in a message. With a child named ("la bimba ha 2 anni") any message counts;
 * `bare` also reads ages with no child word ("ha 4 anni", "2 e 7 anni"), for answers to the
 * children question and corrections of it, where the child is implied.
 */
export function findAges(folded: string, bare: boolean): number[] {
  const named = findChildAge(folded);
  if (!bare && !CHILD_WORD.test(folded)) return named === undefined ? [] : [named];
  const ages: number[] = [];
  for (const match of folded.matchAll(LIST)) {
    const unit = match[match.length - 1] ?? "anni";
    const numbers = `${match[1]} ${match[2] ?? ""}`.split(/\s*(?:,|\be\b|\band\b|\bed\b)\s*|\s+/);
    for (const word of numbers) {
      const value = word === "" ? undefined : numberFromWord(word);
      if (value === undefined) continue;
      const years = unit.startsWith("mes") || unit.startsWith("month") ? value / 12 : value;
      if (years <= 18) ages.push(Math.round(years * 10000) / 10000);
    }
  }
  if (ages.length === 0) {
    // "our kids are 4 and 8", "i bimbi hanno 3 e 6": ages right after the children, no unit.
    for (const match of folded.matchAll(AFTER_CHILDREN)) {
      for (const word of `${match[1]} ${match[2] ?? ""}`.split(/\s*(?:,|\be\b|\band\b|\bed\b)\s*|\s+/)) {
        const value = word === "" ? undefined : numberFromWord(word);
        if (value !== undefined && value <= 18) ages.push(value);
      }
    }
  }
  if (ages.length === 0 && named !== undefined) ages.push(named);
  return ages;
}
