import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import type { ProvinceCode } from "../../content/ids.ts";
import type { SplitArea, Territory } from "../../content/territorySchema.ts";

export type ComuneMatch = { name: string; province: ProvinceCode; area: SplitArea | undefined };

/** Finds a comune the territory file knows, however it is typed ("temu", "Vezza d’Oglio", "CANTÙ"). */
export function findComune(name: string, territory: Territory): ComuneMatch | undefined {
  const key = normalizePlaceName(name);
  if (key === "") return undefined;
  for (const province of territory.provinces) {
    for (const area of province.split) {
      const found = area.comuni.find((c) => normalizePlaceName(c) === key);
      if (found !== undefined) return { name: found, province: province.code, area };
    }
  }
  const comune = territory.comuni.find((c) => normalizePlaceName(c.name) === key);
  return comune ? { name: comune.name, province: comune.province, area: undefined } : undefined;
}
