import { codiceFiscaleCheckChar, isValidCodiceFiscale } from "../nlu/entities/isValidCodiceFiscale.ts";
import type { FieldCheck } from "./FieldCheck.ts";

const FIRST_15 = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}$/;

/** Tells apart the three mistakes people make: wrong length, wrong shape, a typo (check letter). */
export function checkCodiceFiscale(text: string): FieldCheck {
  const code = text.replace(/[\s.-]+/g, "").toUpperCase();
  if (code.length !== 16) return { ok: false, error: "cf_length", values: { n: code.length } };
  if (isValidCodiceFiscale(code)) return { ok: true, value: code };
  const first15 = code.slice(0, 15);
  if (!FIRST_15.test(first15) || !/[A-Z]/.test(code.charAt(15))) return { ok: false, error: "cf_shape" };
  if (codiceFiscaleCheckChar(first15) !== code.charAt(15)) return { ok: false, error: "cf_check" };
  return { ok: false, error: "cf_shape" };
}
