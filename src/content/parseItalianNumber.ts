export type ParsedItalianNumber =
  | { ok: true; value: number; cents: number | null }
  | { ok: false; reason: "empty" | "invalid" | "ambiguous"; message: string };

const MULTIPLIERS: Readonly<Record<string, number>> = {
  mila: 3,
  milione: 6,
  milioni: 6,
  miliardo: 9,
  miliardi: 9,
};

/**
 * Reads numbers written the Italian way: "." groups thousands, "," starts the decimals
 * ("2.466.804,74" → 2466804.74, "3,5 milioni" → 3500000). Anything that another convention would read
 * differently ("97.232.72", "1,234.56", "1.5") is refused as ambiguous instead of guessed: a wrong
 * figure stated by a public service is worse than none. `cents` is exact (from the digits, not from
 * floating point) when the number has at most two decimals.
 */
export function parseItalianNumber(text: string): ParsedItalianNumber {
  let body = text
    .trim()
    .replace(/^€\s*/, "")
    .replace(/\s*(€|euro)$/i, "");
  if (body === "") return { ok: false, reason: "empty", message: "empty number" };
  let exponent = 0;
  const scale = /^(.*\S)\s+(mila|milioni|milione|miliardi|miliardo)$/i.exec(body);
  if (scale?.[1] !== undefined && scale[2] !== undefined) {
    body = scale[1];
    exponent = MULTIPLIERS[scale[2].toLowerCase()] ?? 0;
  }
  const negative = body.startsWith("-");
  if (negative) body = body.slice(1);
  if (!/^[\d.,]+$/.test(body)) {
    return { ok: false, reason: "invalid", message: `"${text}" is not a number` };
  }
  const commas = body.split(",").length - 1;
  if (commas > 1)
    return { ok: false, reason: "invalid", message: `"${text}" has more than one decimal comma` };
  const [integerPart = "", fractionPart] = body.split(",");
  if (fractionPart?.includes(".")) {
    return { ok: false, reason: "ambiguous", message: `"${text}" mixes a decimal comma and a later dot` };
  }
  if (fractionPart !== undefined && !/^\d+$/.test(fractionPart)) {
    return { ok: false, reason: "invalid", message: `"${text}" has no digits after the comma` };
  }
  if (!/^\d+(\.\d+)*$/.test(integerPart)) {
    return { ok: false, reason: "invalid", message: `"${text}" is not a number` };
  }
  const groups = integerPart.split(".");
  if (groups.length > 1) {
    const [first = "", ...rest] = groups;
    const badGroup = rest.find((g) => g.length !== 3);
    if (badGroup !== undefined || first.length > 3 || first.length === 0) {
      return {
        ok: false,
        reason: "ambiguous",
        message: `"${text}" has dots that are not thousands separators (groups of three digits)`,
      };
    }
  }
  const digits = groups.join("");
  const fraction = fractionPart ?? "";
  const value =
    Number(`${negative ? "-" : ""}${digits}${fraction === "" ? "" : `.${fraction}`}`) * 10 ** exponent;
  const shifted = fraction.length <= 2 + exponent;
  const cents = shifted ? centsFromDigits(digits, fraction, exponent, negative) : null;
  return { ok: true, value, cents };
}

function centsFromDigits(digits: string, fraction: string, exponent: number, negative: boolean): number {
  const paddedFraction = fraction.padEnd(exponent + 2, "0");
  const all = `${digits}${paddedFraction}`.replace(/^0+(?=\d)/, "");
  const cents = Number(all);
  return negative ? -cents : cents;
}
