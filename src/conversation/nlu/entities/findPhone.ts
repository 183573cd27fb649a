/**
 * Italian phone numbers: mobile (3xx, 9–10 digits) or landline (0x, 6–11 digits), with an
 * optional +39/0039 prefix and any spaces, dots, dashes or slashes between groups.
 */
const PHONE = /(?<![\d/.-])(?:(?:\+|00)39[\s.-]*)?(?:3\d{2}|0\d{1,3})(?:[\s./-]*\d){4,9}(?![\d])/g;

/**
 * The first Italian phone number, as +39 and its digits. `text` should already have dates, tax
 * codes and VAT numbers blanked out, since their digits look like phone numbers.
 */
export function findPhone(text: string): string | undefined {
  for (const match of text.matchAll(PHONE)) {
    const digits = match[0].replace(/\D/g, "").replace(/^(?:0039|39)(?=[03]\d{5,})/, "");
    const mobile = digits.startsWith("3") && digits.length >= 9 && digits.length <= 10;
    const landline = digits.startsWith("0") && digits.length >= 6 && digits.length <= 11;
    if (mobile || landline) return `+39${digits}`;
  }
  return undefined;
}
