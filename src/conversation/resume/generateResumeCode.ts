import { randomBytes } from "node:crypto";

/**
 * 32 symbols without the look-alikes I, O, 0 and 1, so a code read aloud or copied from a phone
 * is typed right; 32 divides 256, so every symbol is equally likely.
 */
export const RESUME_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const RESUME_CODE_LENGTH = 10;

/**
 * A fresh random code: 32^10 (about 10^15) possibilities, so that even a guess at the limits
 * of every instance for the code's whole validity has no practical chance; shown in two halves
 * (`formatResumeCode`) to stay easy to type on another device.
 */
export function generateResumeCode(random: (size: number) => Uint8Array = randomBytes): string {
  return Array.from(random(RESUME_CODE_LENGTH), (byte) => RESUME_CODE_ALPHABET[byte & 31]).join("");
}
