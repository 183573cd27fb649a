/**
 * The partita IVA: eleven digits, the last a Luhn-style check digit over the first ten. An
 * all-zero number passes the arithmetic but is never issued, so it is refused.
 */
const SHAPE = /^[0-9]{11}$/;

/** The check digit for the first ten digits. */
export function partitaIvaCheckDigit(first10: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(first10.charAt(i));
    if (i % 2 === 0) {
      sum += digit;
    } else {
      const doubled = digit * 2;
      sum += doubled > 9 ? doubled - 9 : doubled;
    }
  }
  return (10 - (sum % 10)) % 10;
}

/** True for eleven digits (spaces allowed, an "IT" prefix allowed) with the right check digit. */
export function isValidPartitaIva(input: string): boolean {
  const digits = input.replace(/\s+/g, "").replace(/^IT/i, "");
  if (!SHAPE.test(digits) || /^0+$/.test(digits.slice(0, 7))) return false;
  return partitaIvaCheckDigit(digits.slice(0, 10)) === Number(digits.charAt(10));
}
