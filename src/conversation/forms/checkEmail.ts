import type { FieldCheck } from "./FieldCheck.ts";

/** A deliberately plain check: the message must say what to fix, not quote an RFC. */
export function checkEmail(text: string): FieldCheck {
  const email = text.trim();
  if (/\s/.test(email)) return { ok: false, error: "email_spaces" };
  const at = email.indexOf("@");
  if (at < 0) return { ok: false, error: "email_missing_at" };
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local === "" || domain.includes("@")) return { ok: false, error: "email_missing_at" };
  if (!/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}$/u.test(domain))
    return { ok: false, error: "email_domain" };
  return { ok: true, value: `${local}@${domain.toLowerCase()}` };
}
