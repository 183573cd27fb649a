import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import { type ProvinceCode, ProvinceCodeSchema } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";

/**
 * A province from what people type: its code ("bs"), its name or an alias from the territory file
 * ("Monza", "Valtellina"), with or without "provincia di".
 */
export function findProvince(text: string, territory: Territory): ProvinceCode | undefined {
  const said = normalizePlaceName(text).replace(/^(provincia|prov) (di )?/, "");
  const code = ProvinceCodeSchema.safeParse(said.toUpperCase());
  if (code.success) return code.data;
  for (const province of territory.provinces) {
    const names = [province.name, ...province.aliases].map(normalizePlaceName);
    if (names.includes(said)) return province.code;
  }
  const comune = territory.comuni.find((c) => normalizePlaceName(c.name) === said);
  return comune?.province;
}
