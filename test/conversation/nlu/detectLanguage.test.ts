import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../../src/conversation/nlu/detectLanguage.ts";

describe("language detection", () => {
  it("recognises Italian written without accents and English", () => {
    expect(detectLanguage("perche non posso avere il voucher per mio figlio?")).toBe("it");
    expect(detectLanguage("e' possibile avere info sul pre scuola")).toBe("it");
    expect(detectLanguage("how can my company offer tax free benefits?")).toBe("en");
    expect(detectLanguage("I need help with childcare")).toBe("en");
  });

  it("keeps the conversation's language for messages that carry none", () => {
    expect(detectLanguage("ok", "en")).toBe("en");
    expect(detectLanguage("smart working", "it")).toBe("it");
    expect(detectLanguage("BG", "en")).toBe("en");
  });

  it("defaults to Italian when there is no clue and no previous language", () => {
    expect(detectLanguage("ok")).toBe("it");
    expect(detectLanguage("3391234567")).toBe("it");
  });
});
