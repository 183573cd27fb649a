import { isValidCodiceFiscale } from "./isValidCodiceFiscale.ts";

const OMOCODIA_DIGIT = "[0-9LMNPQRSTUV]";
export const TAX_CODE_PATTERN = new RegExp(
  `\\b[A-Z]{6}${OMOCODIA_DIGIT}{2}[A-Z]${OMOCODIA_DIGIT}{2}[A-Z]${OMOCODIA_DIGIT}{3}[A-Z]\\b`,
  "gi",
);

/** The first codice fiscale in the text whose check character is right, upper case. */
export function findTaxCode(text: string): string | undefined {
  for (const match of text.matchAll(TAX_CODE_PATTERN)) {
    const code = match[0].toUpperCase();
    if (isValidCodiceFiscale(code)) return code;
  }
  return undefined;
}
