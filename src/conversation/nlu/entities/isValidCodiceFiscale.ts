/**
 * The codice fiscale of a natural person: 16 characters whose last one is a check letter
 * computed from the first fifteen. Homonymy ("omocodia") replaces digits with the letters
 * L M N P Q R S T U V, so a valid code may carry letters where digits are expected.
 */
const SHAPE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;

const ODD_VALUES: Readonly<Record<string, number>> = {
  "0": 1,
  "1": 0,
  "2": 5,
  "3": 7,
  "4": 9,
  "5": 13,
  "6": 15,
  "7": 17,
  "8": 19,
  "9": 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};

const OMOCODIA_LETTERS = "LMNPQRSTUV";

function evenValue(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
}

function digitOf(char: string): number {
  const omocodia = OMOCODIA_LETTERS.indexOf(char);
  return omocodia >= 0 ? omocodia : Number(char);
}

/** The check letter for the first fifteen characters (already upper case). */
export function codiceFiscaleCheckChar(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = first15.charAt(i);
    sum += i % 2 === 0 ? (ODD_VALUES[char] ?? 0) : evenValue(char);
  }
  return String.fromCharCode(65 + (sum % 26));
}

/** True when the code has the right shape, a plausible day of birth and the right check letter. */
export function isValidCodiceFiscale(input: string): boolean {
  const code = input.trim().toUpperCase();
  if (!SHAPE.test(code)) return false;
  const day = digitOf(code.charAt(9)) * 10 + digitOf(code.charAt(10));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  return codiceFiscaleCheckChar(code.slice(0, 15)) === code.charAt(15);
}
