import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PLAYWRIGHT_DISABLED_FEATURES } from "./launchChromium.ts";

describe("the browser the tests launch", () => {
  it("keeps every feature Playwright disables, although its own --disable-features replaces Playwright's", () => {
    const entry = createRequire(import.meta.url).resolve("playwright-core");
    const bundle = readFileSync(path.join(path.dirname(entry), "lib", "coreBundle.js"), "utf8");
    const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(bundle)?.[1];
    expect(list, "Playwright's list of disabled features in playwright-core/lib/coreBundle.js").toBeDefined();
    const playwrights = [...(list ?? "").matchAll(/^\s*"([A-Za-z0-9]+)",?\s*$/gm)].map((m) => m[1]);
    expect(playwrights.length).toBeGreaterThan(5);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(playwrights);
  });
});
