import type { FieldCheck } from "./FieldCheck.ts";

/** Italian numbers: mobiles start with 3, landlines with 0; +39 or 0039 in front is fine. */
export function checkPhone(text: string): FieldCheck {
  const compact = text.replace(/[\s./()-]+/g, "");
  const national = compact.replace(/^(\+39|0039)/, "");
  if (!/^\d+$/.test(national)) return { ok: false, error: "phone_chars" };
  if (national.length < 6 || national.length > 11) {
    return { ok: false, error: "phone_length", values: { n: national.length } };
  }
  if (!/^[03]/.test(national)) return { ok: false, error: "phone_prefix" };
  return { ok: true, value: `+39 ${national}` };
}
