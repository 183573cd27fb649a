import { describe, expect, it } from "vitest";
import { normalizeUtterance } from "../../../src/conversation/dialog/normalizeUtterance.ts";
import { compileCues } from "../../../src/conversation/repair/compileCues.ts";
import { matchCueLists, matchCues } from "../../../src/conversation/repair/matchCues.ts";

/** A message's words as the core reads them. */
const words = (text: string) => normalizeUtterance(text).split(" ");

describe("matchCues", () => {
  it("takes the longest cue where cues overlap and still finds the others elsewhere", () => {
    const cues = compileCues(["più", "non mi interessa più", "basta"]);
    expect(matchCues(words("non mi interessa più basta così più"), cues)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 5 },
      { start: 6, end: 7 },
    ]);
  });

  it("matches a stem at any ending and an anchored cue only at the start", () => {
    const cues = compileCues(["ricominci*", "^no aspetta"]);
    expect(matchCues(words("no aspetta ricominciamo"), cues)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
    expect(matchCues(words("allora no aspetta"), cues)).toEqual([]);
    expect(matchCues(words("ricomincio"), cues)).toEqual([{ start: 0, end: 1 }]);
  });

  it("finds nothing in an empty message or with no cues", () => {
    expect(matchCues([], compileCues(["basta"]))).toEqual([]);
    expect(matchCues(words("basta"), [])).toEqual([]);
  });
});

describe("matchCueLists", () => {
  it("finds in each list of a family what matchCues finds in it alone", () => {
    const lists = [
      compileCues(["basta", "basta così"]),
      compileCues(["ricominci*"]),
      compileCues(["^no"]),
      compileCues([]),
    ];
    const message = words("basta così, no, ricominciamo da capo");
    expect(matchCueLists(message, lists)).toEqual(lists.map((cues) => matchCues(message, cues)));
    expect(matchCueLists(message, lists)[0]).toEqual([{ start: 0, end: 2 }]);
    expect(matchCueLists(message, lists)[2]).toEqual([]);
  });
});
