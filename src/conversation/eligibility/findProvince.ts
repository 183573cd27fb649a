import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import { type ProvinceCode, ProvinceCodeSchema } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";

/** A province from what a person typed as the whole answer: its code ("BS"), name or a known alias. */
export function findProvince(text: string, territory: Territory): ProvinceCode | undefined {
  const code = ProvinceCodeSchema.safeParse(text.trim().toUpperCase());
  if (code.success && text.trim().length === 2) return code.data;
  const key = normalizePlaceName(text);
  const province = territory.provinces.find(
    (p) => normalizePlaceName(p.name) === key || p.aliases.some((alias) => normalizePlaceName(alias) === key),
  );
  return province?.code;
}
