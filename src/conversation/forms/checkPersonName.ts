import type { FieldCheck } from "./FieldCheck.ts";

/** "Mi chiamo Giulia Verdi", "my name is …": the lead-in is not part of the name. */
const LEAD_IN =
  /^(?:(?:mi chiamo|il mio nome e|il mio nome è|sono|io sono|my name is|my name s|i am|i'm|im|it's|its|name is|nome)\s*:?\s+)/i;
/**
 * No digits, @ or question marks: those are a phone, an email or a question. Anything else is left to the
 * person (names come in every alphabet and spelling; what is shown is escaped everywhere).
 */
const NAME_WORD = /^[^\d@?]+$/u;
/** Words a name does not contain: a sentence typed at the name prompt is not a name. */
const NOT_NAME = new Set([
  "this",
  "is",
  "the",
  "and",
  "it",
  "taking",
  "forever",
  "why",
  "what",
  "how",
  "not",
  "no",
  "yes",
  "too",
  "long",
  "che",
  "non",
  "e",
  "è",
  "il",
  "lo",
  "la",
  "un",
  "una",
  "perché",
  "perche",
  "come",
  "cosa",
  "troppo",
  "ci",
  "vuole",
  "basta",
  "sì",
  "si",
  "ok",
  "boh",
  "mah",
  "lungo",
  "sto",
  "ancora",
  "dai",
  "ma",
  "omg",
  "lol",
]);
const MAX_WORDS = 6;

/**
 * A person's name as typed at the prompt: at least a name and a surname, letters only, no
 * sentence. "Omg this is taking forever" is a complaint, and storing it as a name would send the
 * programme a request from nobody.
 */
export function checkPersonName(said: string, maxLength: number | undefined): FieldCheck {
  const name = said.replace(LEAD_IN, "").trim();
  if (maxLength !== undefined && name.length > maxLength) {
    return { ok: false, error: "too_long", values: { max: maxLength } };
  }
  const words = name.split(/\s+/).filter(Boolean);
  const plausible =
    words.length >= 2 &&
    words.length <= MAX_WORDS &&
    words.every((w) => NAME_WORD.test(w) && !NOT_NAME.has(w.toLowerCase()));
  return plausible ? { ok: true, value: name } : { ok: false, error: "name_format" };
}
