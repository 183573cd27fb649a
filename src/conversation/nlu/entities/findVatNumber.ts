import { isValidPartitaIva } from "./isValidPartitaIva.ts";

export const VAT_NUMBER_PATTERN = /\b(?:IT\s?)?(\d{11})\b/gi;
const VAT_CONTEXT = /(p\.?\s?iva|partita\s+iva|vat|codice\s+iva)\W*(?:\w+\W+){0,3}$/i;
const PHONE_CONTEXT = /(tel|telefono|cell|cellulare|chiam\w*|phone|call|numero|number)\W*(?:\w+\W+){0,2}$/i;

/**
 * The first partita IVA whose check digit is right. Eleven digits can also be a landline, so a
 * number announced as a phone ("tel 02…") is left to the phone finder.
 */
export function findVatNumber(text: string): string | undefined {
  for (const match of text.matchAll(VAT_NUMBER_PATTERN)) {
    const digits = match[1] ?? "";
    if (!isValidPartitaIva(digits)) continue;
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    if (PHONE_CONTEXT.test(before) && !VAT_CONTEXT.test(before)) continue;
    return digits;
  }
  return undefined;
}
