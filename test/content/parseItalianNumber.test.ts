import { describe, expect, it } from "vitest";
import { parseItalianNumber } from "../../src/content/parseItalianNumber.ts";

describe("parseItalianNumber", () => {
  it.each([
    ["2.466.804,74", 2466804.74, 246680474],
    ["427.438,27", 427438.27, 42743827],
    ["100.000,00", 100000, 10000000],
    ["99.978,00", 99978, 9997800],
    ["0", 0, 0],
    ["12,5", 12.5, 1250],
    ["1.000", 1000, 100000],
    ["999", 999, 99900],
    ["3,5 milioni", 3500000, 350000000],
    ["€ 99.978,00", 99978, 9997800],
    ["97.232,72 €", 97232.72, 9723272],
    ["-3,20", -3.2, -320],
  ])("reads %s as %d", (text, value, cents) => {
    expect(parseItalianNumber(text)).toEqual({ ok: true, value, cents });
  });

  it.each([
    ["97.232.72", "ambiguous"],
    ["1.5", "ambiguous"],
    ["1,234.56", "ambiguous"],
    ["1.2345", "ambiguous"],
    ["1234.567", "ambiguous"],
    ["1,2,3", "invalid"],
    ["tre", "invalid"],
    [",5", "invalid"],
    ["1.000,", "invalid"],
    ["12 34", "invalid"],
    ["", "empty"],
  ])("refuses %j instead of guessing (%s)", (text, reason) => {
    const parsed = parseItalianNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toBe(reason);
  });

  it("keeps exact cents where floating point would drift", () => {
    const rows = [
      "99.978,00",
      "427.438,27",
      "199.999,98",
      "99.999,00",
      "99.657,36",
      "288.090,03",
      "495.995,08",
    ];
    const cents = rows.map((r) => {
      const parsed = parseItalianNumber(r);
      if (!parsed.ok || parsed.cents === null) throw new Error(r);
      return parsed.cents;
    });
    expect(cents.reduce((a, b) => a + b, 0)).toBe(171115772);
  });

  it("gives no cents for amounts with more than two decimals", () => {
    expect(parseItalianNumber("1,234")).toEqual({ ok: true, value: 1.234, cents: null });
  });
});
