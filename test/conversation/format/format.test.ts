import { describe, expect, it } from "vitest";
import { formatDate } from "../../../src/content/format/formatDate.ts";
import { formatEuro } from "../../../src/content/format/formatEuro.ts";
import { formatNumber } from "../../../src/content/format/formatNumber.ts";
import { formatBudget } from "../../../src/conversation/format/formatBudget.ts";

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
    expect(formatNumber(1104)).toBe("1.104");
    expect(formatNumber(7132)).toBe("7.132");
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
    expect(formatDate(iso, lang, precision)).toBe(text);
  });
});

describe("formats in the person's language", () => {
  it.each<[number, "it" | "en", string]>([
    [2466804.74, "it", "2.466.804,74 €"],
    [2466804.74, "en", "€2,466,804.74"],
    [97232.72, "en", "€97,232.72"],
    [0, "en", "€0.00"],
  ])("formats %d euros in %s as %s", (euros, lang, text) => {
    expect(formatEuro(euros, lang)).toBe(text);
  });

  it("groups thousands with a comma in English", () => {
    expect(formatNumber(1104, "en")).toBe("1,104");
    expect(formatNumber(1104, "it")).toBe("1.104");
  });

  it.each<[number, "it" | "en", string]>([
    [3_500_000, "it", "3,5 milioni di euro"],
    [3_500_000, "en", "€3.5 million"],
    [1_000_000, "it", "1 milione di euro"],
    [2_000_000, "en", "€2 million"],
    [2_466_804.74, "it", "2.466.804,74 €"],
    [100_000, "en", "€100,000.00"],
  ])("says a budget of %d in %s as %s", (euros, lang, text) => {
    expect(formatBudget(euros, lang)).toBe(text);
  });
});
