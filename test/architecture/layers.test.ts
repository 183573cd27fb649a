import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkLayers, LAYER_RULES } from "../../scripts/checkLayers.ts";

/**
 * What is still allowed of each broken rule (docs/structure.md has the figures): a budget only
 * goes down. A rule not listed allows nothing.
 */
const BUDGET: Record<string, number> = {};

describe("the layers", () => {
  const report = checkLayers(path.resolve(import.meta.dirname, "../../src"));

  it("adds no import circle between files", () => {
    expect(report.circles.length).toBeLessThanOrEqual(BUDGET["import circles"] ?? 0);
  });

  it.each([...new Set(LAYER_RULES.map((r) => r.name))])("adds no import where %s", (rule) => {
    const crossings = report.crossings.filter((c) => c.rule === rule).map((c) => `${c.from} → ${c.to}`);
    expect(crossings.length, crossings.join("\n")).toBeLessThanOrEqual(BUDGET[rule] ?? 0);
  });

  it("keeps file I/O out of the core: content comes parsed, the NLU model through a port", () => {
    const core = path.resolve(import.meta.dirname, "../../src/conversation");
    const readers = readdirSync(core, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => /from "node:fs/.test(readFileSync(path.join(core, file), "utf8")));
    expect(readers).toEqual([]);
  });

  it("reads the imports of every source file", () => {
    expect(report.files).toBeGreaterThan(500);
  });
});
