import { describe, expect, it } from "vitest";
import { tryLoadContent } from "../../src/content/tryLoadContent.ts";
import { realContent, withContentCopy } from "./contentFixture.ts";

/** The public pages' texts are content (intents/web/pages.yaml), checked like every other file. */
describe("the web pages' texts", () => {
  it("exist in Italian and English, each page link pointing to its own language", async () => {
    const { pages } = await realContent();
    expect(pages.it.heading).toBe("Parla con Conciliabot");
    expect(pages.en.heading).toBe("Talk to Conciliabot");
    expect([pages.it.homeHref, pages.en.homeHref]).toEqual(["/", "/en"]);
    expect([pages.it.otherLanguage.lang, pages.en.otherLanguage.lang]).toEqual(["en", "it"]);
  });

  it("refuse a missing translation, a counter without its numbers and a link to another site, naming file and key", async () => {
    await withContentCopy(async (copy) => {
      await copy.edit("web/pages.yaml", "  heading: Talk to Conciliabot\n", "");
      await copy.edit("web/pages.yaml", 'counter: "{used} di {max} caratteri"', "counter: caratteri");
      await copy.edit("web/pages.yaml", "privacyHref: /en/privacy", "privacyHref: https://example.org/");
      const result = await tryLoadContent(copy.dir);
      const problems = result.ok ? [] : result.problems;
      expect(problems.join("\n")).toContain("web/pages.yaml: en.heading: missing");
      expect(problems.join("\n")).toContain("web/pages.yaml: it.counter: must contain {used} and {max}");
      expect(problems.join("\n")).toContain("web/pages.yaml: en.privacyHref: must be a path of this site");
    });
  });
});
