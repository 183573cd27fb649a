import { describe, expect, it } from "vitest";
import { createTokenSigner } from "../../../src/channels/web/createTokenSigner.ts";

const KEY = Buffer.alloc(32, 7);
const CONV = "AAAAAAAAAAAAAAAAAAAAAA";

describe("Direct Line tokens", () => {
  it("stop working when they expire, even after they were accepted many times", () => {
    let clock = Date.UTC(2026, 10, 25, 12, 0, 0);
    const signer = createTokenSigner(KEY, () => clock);
    const token = signer.issue({ scope: "conversation", conv: CONV, lang: "it" }, 60);
    for (let i = 0; i < 3; i++) expect(signer.verify(token, "conversation").ok).toBe(true);
    clock += 61_000;
    expect(signer.verify(token, "conversation")).toEqual({ ok: false, reason: "expired" });
    expect(signer.verify(token, "conversation", 3600).ok).toBe(true);
  });

  it("are refused for another scope or with one character of the signature changed, also once accepted", () => {
    const signer = createTokenSigner(KEY);
    const token = signer.issue({ scope: "conversation", conv: CONV, lang: "en" }, 60);
    expect(signer.verify(token, "conversation").ok).toBe(true);
    expect(signer.verify(token, "stream")).toEqual({ ok: false, reason: "wrong_scope" });
    // A character well inside the signature: the last one also carries padding bits.
    const at = token.length - 10;
    const tampered = `${token.slice(0, at)}${token[at] === "A" ? "B" : "A"}${token.slice(at + 1)}`;
    expect(signer.verify(tampered, "conversation")).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("signed with another key are refused", () => {
    const other = createTokenSigner(Buffer.alloc(32, 8));
    const token = other.issue({ scope: "conversation", conv: CONV, lang: "it" }, 60);
    expect(createTokenSigner(KEY).verify(token, "conversation")).toEqual({
      ok: false,
      reason: "bad_signature",
    });
  });
});
