import { describe, expect, it } from "vitest";
import type { AtsId, ProvinceCode } from "../../src/content/ids.ts";
import { realContent } from "./contentFixture.ts";

const { territory } = await realContent();

describe("territory", () => {
  const atsOf: [ProvinceCode, AtsId][] = [
    ["BG", "ats_bergamo"],
    ["BS", "ats_brescia"],
    ["CO", "ats_insubria"],
    ["CR", "ats_val_padana"],
    ["LC", "ats_brianza"],
    ["LO", "ats_milano"],
    ["MN", "ats_val_padana"],
    ["MI", "ats_milano"],
    ["MB", "ats_brianza"],
    ["PV", "ats_pavia"],
    ["SO", "ats_montagna"],
    ["VA", "ats_insubria"],
  ];
  it.each(atsOf)("gives province %s to %s", (code, ats) => {
    expect(territory.provinces.find((p) => p.code === code)?.ats).toBe(ats);
  });

  it("splits only Brescia (Valcamonica) and Como (Alto and, until 2018, Medio Lario)", () => {
    const split = territory.provinces
      .filter((p) => p.split.length > 0)
      .map((p) => [p.code, p.split.map((a) => a.area)]);
    expect(split).toEqual([
      ["BS", ["valcamonica"]],
      ["CO", ["alto_lario", "medio_lario"]],
    ]);
  });

  it("knows at least eighty main comuni besides the split areas, with every capoluogo", () => {
    expect(territory.comuni.length).toBeGreaterThanOrEqual(80);
    for (const province of territory.provinces) {
      const capoluogo = province.code === "MB" ? "Monza" : province.name;
      expect(territory.comuni).toContainEqual({ name: capoluogo, province: province.code });
    }
  });

  it.each([
    ["valtellina", "SO"],
    ["brianza", "MB"],
    ["monza", "MB"],
    ["lomellina", "PV"],
    ["oltrepò", "PV"],
    ["franciacorta", "BS"],
    ["valcamonica", "BS"],
    ["bassa bresciana", "BS"],
    ["lodigiano", "LO"],
  ])("recognises %s as an alias of %s", (alias, code) => {
    expect(territory.provinces.find((p) => p.aliases.includes(alias))?.code).toBe(code);
  });
});
