import { describe, expect, it } from "vitest";
import { parseRatingScore } from "../../../src/conversation/feedback/parseRatingScore.ts";

describe("an answer to the 1–5 rating", () => {
  it("is a score when pressed or typed as a number, stars or «4 stelle»", () => {
    expect(
      ["1", "5", " 4 ", "4 stelle", "1 stella", "3/5", "2 su 5", "5 stars", "★★★", "⭐⭐⭐⭐"].map(
        parseRatingScore,
      ),
    ).toEqual([1, 5, 4, 4, 1, 3, 2, 5, 3, 4]);
  });

  it("is not a score for anything else, so the message goes on to the dialog", () => {
    expect(["0", "6", "10", "ho 3 figli", "tre", "", "salta"].map(parseRatingScore)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});
