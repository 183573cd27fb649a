/**
 * A comune the territory file does not list, typed by someone: letters only, at most five words
 * (the longest names have four or five: "San Giovanni in Croce"), and none of the words of a
 * sentence ("scusa siamo 3" is a correction, "confermo" an answer to something else).
 */
export function isPlausibleTownName(said: string): boolean {
  if (!/^[\p{L}][\p{L}' .-]{1,59}$/u.test(said.trim())) return false;
  const words = said
    .trim()
    .toLowerCase()
    .split(/[\s']+/);
  return words.length <= 5 && !words.some((w) => NOT_IN_TOWN_NAMES.has(w));
}

/** Words of a sentence that no Lombard comune's name contains. */
const NOT_IN_TOWN_NAMES = new Set([
  "ho",
  "yes",
  "ok",
  "okay",
  "boh",
  "hai",
  "scritto",
  "sbagliato",
  "male",
  "nome",
  "cognome",
  "perché",
  "perche",
  "non",
  "voglio",
  "vorrei",
  "is",
  "my",
  "name",
  "what",
  "why",
  "wrong",
  "confermo",
  "grazie",
  "ciao",
  "thanks",
  "thank",
  "bye",
  "hello",
  "salve",
  "arrivederci",
  "buongiorno",
  "buonasera",
  "grz",
  "conferma",
  "scusa",
  "siamo",
  "sono",
  "anzi",
  "sorry",
]);
