import { describe, expect, it } from "vitest";
import { initialState } from "../../src/conversation/state/initialState.ts";
import { copyPlainData } from "../../src/kernel/copyPlainData.ts";

describe("a deep copy of plain data", () => {
  it("gives a state equal to the original that a turn can change without touching the original", () => {
    const original = {
      ...initialState("it"),
      extra: { list: [1, { a: "b" }], none: null, unset: undefined },
    };
    const copy = copyPlainData(original);
    expect(copy).toStrictEqual(original);
    expect(structuredClone(original)).toStrictEqual(copy);
    copy.extra.list.push(2);
    copy.profile.province = "BS";
    expect(original.extra.list).toEqual([1, { a: "b" }]);
    expect(original.profile.province).toBeUndefined();
    expect(Object.hasOwn(copy.extra, "unset")).toBe(true);
  });
});
