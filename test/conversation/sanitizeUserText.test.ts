import { describe, expect, it } from "vitest";
import { sanitizeUserText } from "../../src/conversation/sanitizeUserText.ts";
import { InboundSchema } from "../../src/conversation/turn.ts";

describe("what users type, before it is stored", () => {
  it("loses NUL and control characters but keeps lines, tabs, accents, Arabic and emoji", () => {
    expect(sanitizeUserText("ciao\u0000 a\u0007 tutti\r\n\tperché مرحبا 👩‍👧")).toBe(
      "ciao a tutti\r\n\tperché مرحبا 👩‍👧",
    );
  });

  it("replaces a lone surrogate, which no database can store, with the replacement character", () => {
    expect(sanitizeUserText("a\uD800b")).toBe("a\uFFFDb");
    expect(sanitizeUserText("😀")).toBe("😀");
  });

  it("drops bidi overrides that would make a staff console line read backwards", () => {
    expect(sanitizeUserText("\u202Eabc\u202C")).toBe("abc");
  });

  it("is applied to every inbound text message", () => {
    expect(InboundSchema.parse({ kind: "text", text: "x\u0000y" })).toEqual({ kind: "text", text: "xy" });
  });
});
