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

  it("copies what is not plain data inside it as structuredClone does", () => {
    const original = { at: new Date("2026-12-01T06:00:00Z"), seen: new Set(["a"]) };
    const copy = copyPlainData(original);
    expect(copy.at).toBeInstanceOf(Date);
    expect(copy.at).not.toBe(original.at);
    expect(copy.at.toISOString()).toBe("2026-12-01T06:00:00.000Z");
    copy.seen.add("b");
    expect([...original.seen]).toEqual(["a"]);
  });
});
