import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import type { ProvinceCode } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";

/** A comune the territory file knows (main comuni and those of split areas), with its province. */
export function findComune(
  text: string,
  territory: Territory,
): { name: string; province: ProvinceCode } | undefined {
  const said = normalizePlaceName(text);
  for (const province of territory.provinces) {
    for (const area of province.split) {
      const name = area.comuni.find((c) => normalizePlaceName(c) === said);
      if (name) return { name, province: province.code };
    }
  }
  const comune = territory.comuni.find((c) => normalizePlaceName(c.name) === said);
  return comune ? { name: comune.name, province: comune.province } : undefined;
}
