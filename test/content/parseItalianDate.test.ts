import { describe, expect, it } from "vitest";
import { parseItalianDate } from "../../src/content/parseItalianDate.ts";

describe("parseItalianDate", () => {
  it.each([
    ["15 gennaio 2019", "2019-01-15", "day"],
    ["10 marzo 2017", "2017-03-10", "day"],
    ["15 Giugno 2017", "2017-06-15", "day"],
    ["1° luglio 2017", "2017-07-01", "day"],
    ["15/06/2017", "2017-06-15", "day"],
    ["5/3/2017", "2017-03-05", "day"],
    ["15.06.2017", "2017-06-15", "day"],
    ["2019-01-15", "2019-01-15", "day"],
    ["luglio 2017", "2017-07-01", "month"],
  ])("reads %s as %s", (text, date, precision) => {
    expect(parseItalianDate(text)).toEqual({ ok: true, date, precision });
  });

  it.each(["31/02/2017", "29 febbraio 2017", "15 gennaio", "15 janvier 2019", "2019-13-01", "domani"])(
    "refuses %j",
    (text) => {
      expect(parseItalianDate(text).ok).toBe(false);
    },
  );

  it("reads dates day first, as Italians write them", () => {
    expect(parseItalianDate("03/04/2017")).toEqual({ ok: true, date: "2017-04-03", precision: "day" });
  });
});
