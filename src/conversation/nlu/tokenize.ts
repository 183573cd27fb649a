import { foldText } from "./foldText.ts";

/** Chat shorthand and abbreviations, folded, mapped to the words the model has seen. */
const SHORTHAND: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ["x", ["per"]],
  ["xke", ["perche"]],
  ["xche", ["perche"]],
  ["xk", ["perche"]],
  ["perke", ["perche"]],
  ["pke", ["perche"]],
  ["nn", ["non"]],
  ["cmq", ["comunque"]],
  ["sn", ["sono"]],
  ["ke", ["che"]],
  ["anke", ["anche"]],
  ["qlc", ["qualcosa"]],
  ["qlcs", ["qualcosa"]],
  ["qlcn", ["qualcuno"]],
  ["tt", ["tutto"]],
  ["grz", ["grazie"]],
  ["thx", ["thanks"]],
  ["tnx", ["thanks"]],
  ["pls", ["please"]],
  ["plz", ["please"]],
  ["u", ["you"]],
  ["dip", ["dipendenti"]],
  ["dipp", ["dipendenti"]],
  ["dipendeti", ["dipendenti"]],
  ["piva", ["partita", "iva"]],
  ["srl", ["srl", "azienda"]],
  ["snc", ["snc", "azienda"]],
  ["sas", ["sas", "azienda"]],
  ["spa", ["spa", "azienda"]],
  ["info", ["informazioni"]],
  ["tel", ["telefono"]],
  ["cell", ["cellulare"]],
  ["bimbo", ["bimbo", "bambino"]],
  ["bimba", ["bimba", "bambina"]],
  ["bimbi", ["bimbi", "bambini"]],
  ["bimbe", ["bimbe", "bambine"]],
  ["babysitter", ["baby", "sitter"]],
  ["babysitting", ["baby", "sitting"]],
  ["smartworking", ["smart", "working"]],
  ["coworking", ["co", "working"]],
  ["doposcuola", ["dopo", "scuola"]],
  ["postscuola", ["post", "scuola"]],
  ["prescuola", ["pre", "scuola"]],
]);

/**
 * Words as the model sees them: folded (no accents, lower case), elongations squeezed
 * ("ciaooo" → "ciao"), shorthand expanded ("x" → "per", "dip" → "dipendenti") and numbers
 * reduced to their kind, because "3 dipendenti" and "15 dipendenti" mean the same to an intent.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text)
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, " qqemail ")
    .replace(/(\p{L})\1{2,}/gu, "$1");
  const tokens: string[] = [];
  for (const match of folded.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = match[0];
    if (/^\d+$/.test(word)) {
      tokens.push(numberKind(word));
      continue;
    }
    const expansion = SHORTHAND.get(word);
    if (expansion) tokens.push(...expansion);
    else tokens.push(word);
  }
  return tokens;
}

function numberKind(digits: string): string {
  if (digits.length >= 6) return "qqlong";
  if (digits.length === 4 && (digits.startsWith("19") || digits.startsWith("20"))) return "qqyear";
  return "qqnum";
}
