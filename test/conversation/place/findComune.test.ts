import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/loadContent.ts";
import { findComune } from "../../../src/conversation/place/findComune.ts";

const { territory } = await loadContent(path.resolve(import.meta.dirname, "../../../intents"));

describe("finding a comune the way people type it", () => {
  it("finds a comune of a split area with its area, without accents, in capitals or with a curly apostrophe", () => {
    for (const typed of ["temu", "TEMÙ", "Vezza d’Oglio", "vezza d oglio"]) {
      const found = findComune(typed, territory);
      expect(found?.province).toBe("BS");
      expect(found?.area?.area).toBe("valcamonica");
    }
    expect(findComune("temu", territory)?.name).toBe("Temù");
  });

  it("finds a main comune with its province and no area, and nothing for a place the file does not know", () => {
    expect(findComune("  treviglio ", territory)).toEqual({
      name: "Treviglio",
      province: "BG",
      area: undefined,
    });
    expect(findComune("Atlantide", territory)).toBeUndefined();
    expect(findComune("’ - .", territory)).toBeUndefined();
  });
});
