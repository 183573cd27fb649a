import { EMAIL_PATTERN } from "./entities/findEmail.ts";
import { TAX_CODE_PATTERN } from "./entities/findTaxCode.ts";

const IBAN = /\bIT\s?\d{2}\s?[A-Z](?:\s?[0-9A-Z]){22}\b/gi;
const LONG_NUMBER = /(?:\+|00)?\d[\d\s./-]{5,}\d/g;

/**
 * The text with e-mail addresses, tax codes, IBANs and every long number (phones, partite IVA,
 * document numbers) replaced by placeholders: what may leave our servers for an external model.
 * Placeholders keep the sentence readable, so the model still sees that a contact was given.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(new RegExp(EMAIL_PATTERN.source, "gi"), "[EMAIL]")
    .replace(IBAN, "[IBAN]")
    .replace(new RegExp(TAX_CODE_PATTERN.source, "gi"), "[CODICE_FISCALE]")
    .replace(LONG_NUMBER, (match) => (match.replace(/\D/g, "").length >= 6 ? "[NUMERO]" : match));
}
