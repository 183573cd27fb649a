import { isValidPartitaIva } from "../nlu/entities/isValidPartitaIva.ts";
import type { FieldCheck } from "./FieldCheck.ts";

export function checkPartitaIva(text: string): FieldCheck {
  const digits = text.replace(/[\s.-]+/g, "").replace(/^IT/i, "");
  if (!/^\d+$/.test(digits)) return { ok: false, error: "piva_chars" };
  if (digits.length !== 11) return { ok: false, error: "piva_length", values: { n: digits.length } };
  if (!isValidPartitaIva(digits)) return { ok: false, error: "piva_check" };
  return { ok: true, value: digits };
}
