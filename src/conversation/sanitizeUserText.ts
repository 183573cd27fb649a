const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function isUnwanted(code: number): boolean {
  const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  const bidiOverride = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return control || code === 0x7f || bidiOverride;
}

/**
 * What users type arrives from many clients: NUL and other control characters (PostgreSQL text
 * cannot store NUL), lone UTF-16 surrogates (not encodable as UTF-8), bidi overrides that make a
 * console line read backwards. Kept: letters of every script, emoji, new lines and tabs.
 */
export function sanitizeUserText(text: string): string {
  let kept = "";
  for (const char of text.replace(LONE_SURROGATE, "\uFFFD")) {
    if (!isUnwanted(char.codePointAt(0) ?? 0)) kept += char;
  }
  return kept.normalize("NFC");
}
