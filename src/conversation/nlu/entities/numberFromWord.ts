const WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["un", 1],
  ["uno", 1],
  ["una", 1],
  ["due", 2],
  ["tre", 3],
  ["quattro", 4],
  ["cinque", 5],
  ["sei", 6],
  ["sette", 7],
  ["otto", 8],
  ["nove", 9],
  ["dieci", 10],
  ["undici", 11],
  ["dodici", 12],
  ["tredici", 13],
  ["quattordici", 14],
  ["quindici", 15],
  ["sedici", 16],
  ["diciassette", 17],
  ["diciotto", 18],
  ["diciannove", 19],
  ["venti", 20],
  ["trenta", 30],
  ["quaranta", 40],
  ["cinquanta", 50],
  ["sessanta", 60],
  ["settanta", 70],
  ["ottanta", 80],
  ["novanta", 90],
  ["cento", 100],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["hundred", 100],
]);

/** Words for approximate quantities ("una ventina di dipendenti"): the round number they name. */
const APPROXIMATE: ReadonlyMap<string, number> = new Map([
  ["decina", 10],
  ["quindicina", 15],
  ["ventina", 20],
  ["trentina", 30],
  ["quarantina", 40],
  ["cinquantina", 50],
  ["sessantina", 60],
  ["centinaio", 100],
  ["dozen", 12],
]);

/** Regex alternation of every number word, longest first (for building patterns). */
export const NUMBER_WORD_PATTERN = [...WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
export const APPROXIMATE_WORD_PATTERN = [...APPROXIMATE.keys()].join("|");

/**
 * The value of a number written in digits or in words (Italian or English, folded), or
 * undefined. Approximate words ("ventina") give their round number.
 */
export function numberFromWord(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return WORDS.get(word) ?? APPROXIMATE.get(word);
}
