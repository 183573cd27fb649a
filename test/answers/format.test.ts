import { describe, expect, it } from "vitest";
import { formatEuro } from "../../src/conversation/format/formatEuro.ts";
import { formatItalianDate } from "../../src/conversation/format/formatItalianDate.ts";
import { formatItalianNumber } from "../../src/conversation/format/formatItalianNumber.ts";

describe("Italian formats", () => {
  it.each([
    [2466804.74, "2.466.804,74 €"],
    [100000, "100.000,00 €"],
    [97232.72, "97.232,72 €"],
    [1000, "1.000,00 €"],
    [999.5, "999,50 €"],
    [0, "0,00 €"],
    [3500000, "3.500.000,00 €"],
  ])("formats %d euros as %s", (euros, text) => {
    expect(formatEuro(euros)).toBe(text);
  });

  it("groups thousands even for four-digit numbers", () => {
    expect(formatItalianNumber(1104)).toBe("1.104");
    expect(formatItalianNumber(7132)).toBe("7.132");
  });

  it.each<[string, "it" | "en", "day" | "month" | "year", string]>([
    ["2019-01-15", "it", "day", "15 gennaio 2019"],
    ["2019-01-15", "en", "day", "15 January 2019"],
    ["2017-06-15", "it", "day", "15 giugno 2017"],
    ["2017-07-01", "it", "day", "1° luglio 2017"],
    ["2017-07-01", "it", "month", "luglio 2017"],
    ["2017-07-01", "en", "month", "July 2017"],
    ["2016-12-31", "it", "year", "2016"],
  ])("formats %s in %s with %s precision as %s", (iso, lang, precision, text) => {
    expect(formatItalianDate(iso, lang, precision)).toBe(text);
  });
});
