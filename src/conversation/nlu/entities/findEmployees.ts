import { APPROXIMATE_WORD_PATTERN, NUMBER_WORD_PATTERN, numberFromWord } from "./numberFromWord.ts";

const NUMBER = `(\\d{1,5}|${NUMBER_WORD_PATTERN})`;
const WORKERS =
  "dipendent[ei]|dip|addett[oi]|lavorator[ei]|lavoratric[ei]|occupat[oi]|collaborator[ei]|collaboratric[ei]|" +
  "operai[eo]?|operaio|impiegat[oaie]|soci[oe]?|lavorant[ei]|commess[oaie]|operatori|operatrici|" +
  "employees?|workers?|staff|members of staff";
const PEOPLE = "persone|person|persons|people";
/** "Siamo in 4 in famiglia", "there are 3 of us at home": people, not staff. */
const NOT_STAFF =
  "in famiglia|a casa|figli|fratelli|sorelle|genitori|adulti|anni|in the family|in my family|in our family|at home|kids|children|parents|adults|years";
const FIRM_CONTEXT =
  /\b(azienda|aziend|ditta|impresa|negozio|studio|srl|snc|sas|spa|pmi|bottega|laboratorio|bar|ristorante|cooperativa|rsa|firm|company|business|shop|team|office|lavoriamo|lavorano|siamo)\b/;

const PATTERNS: readonly { regex: RegExp; needsFirm: boolean }[] = [
  { regex: new RegExp(`\\b${NUMBER}\\s+(?:(?:tra|fra)\\s+)?(?:${WORKERS})\\b`, "g"), needsFirm: false },
  { regex: new RegExp(`\\b${NUMBER}[\\s-]+(?:${PEOPLE})\\b`, "g"), needsFirm: true },
  {
    regex: new RegExp(
      `\\b(?:una|un)\\s+(${APPROXIMATE_WORD_PATTERN})\\s+(?:di\\s+)?(?:${WORKERS}|${PEOPLE})\\b`,
      "g",
    ),
    needsFirm: false,
  },
  {
    regex: new RegExp(
      `\\b(?:${WORKERS})\\s*(?:[:=]|sono|in tutto)?\\s*(\\d{1,5})\\b(?!\\s*(?:anni|mesi|euro|%))`,
      "g",
    ),
    needsFirm: false,
  },
  {
    regex: new RegExp(
      `\\bsiamo\\s+(?:(?:solo|soltanto|solamente)\\s+)?(?:in\\s+)?${NUMBER}\\b(?!\\s+(?:${NOT_STAFF}))`,
      "g",
    ),
    needsFirm: false,
  },
  {
    regex: new RegExp(
      `\\b(?:we are|we're|we re|there are|team of)\\s+(?:(?:only|just)\\s+)?${NUMBER}\\b(?!\\s+(?:${NOT_STAFF}))`,
      "g",
    ),
    needsFirm: false,
  },
  { regex: new RegExp(`\\b${NUMBER}\\s+of\\s+us\\b(?!\\s+(?:${NOT_STAFF}))`, "g"), needsFirm: false },
  {
    regex: new RegExp(
      `\\b${NUMBER}\\s+(?:including me|me included|compreso me|me compreso|incluso me|io compreso)\\b`,
      "g",
    ),
    needsFirm: false,
  },
];

/** "un impiegato" is a worker only after "ho", "abbiamo", "con" (not "parlare con un impiegato"). */
function ownsOne(before: string): boolean {
  if (/\b(ho|abbiamo|ha|hanno|solo|soltanto|c e|ce|have|has|only)\s+$/.test(before)) return true;
  return (
    /\bcon\s+$/.test(before) &&
    !/\b(parl|chatt|talk|speak|contatt|passa|metti)\w*\b(?:\s+\S+){0,3}\s+con\s+$/.test(before)
  );
}

const ALONE = /\b(?:lavoro|lavora)\s+da\s+sol[oa]\b|\bsono solo io\b|\bi work alone\b|\bon my own\b/;

/**
 * The number of workers a message states: "12 dipendenti", "siamo in tre", "una ventina di
 * addetti", "lavoro da sola". Only numbers tied to a word for workers count, so a mother's
 * age, years of contributions, money or a family of four are left alone.
 */
export function findEmployees(folded: string): number | undefined {
  let found: { at: number; value: number } | undefined;
  for (const { regex, needsFirm } of PATTERNS) {
    for (const match of folded.matchAll(regex)) {
      const word = match[1];
      const value = word === undefined ? undefined : numberFromWord(word);
      if (value === undefined || value > 100000) continue;
      if (
        value === 1 &&
        word !== undefined &&
        /^un[ao]?$/.test(word) &&
        !ownsOne(folded.slice(0, match.index))
      )
        continue;
      if (
        needsFirm &&
        (!FIRM_CONTEXT.test(folded) || /\bfamiglia\s+di\s*$/.test(folded.slice(0, match.index)))
      ) {
        continue;
      }
      if (found === undefined || match.index < found.at) found = { at: match.index, value };
    }
  }
  if (found) return found.value;
  return ALONE.test(folded) ? 1 : undefined;
}
