import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import type { ProvinceCode } from "../../content/ids.ts";
import type { SplitArea, Territory } from "../../content/territorySchema.ts";

export type ComuneMatch = Readonly<{ name: string; province: ProvinceCode; area: SplitArea | undefined }>;

/**
 * Each territory's comuni by their normalised name, built once per loaded territory (a content
 * reload brings a new one). A lookup used to normalise every name of the file (271 today) and
 * took 42–45 µs, now 0.5–1 µs; a turn can look up several times (the place, the facts a message
 * carries, the ATS).
 */
const indexes = new WeakMap<Territory, Map<string, ComuneMatch>>();

function indexOf(territory: Territory): Map<string, ComuneMatch> {
  const known = indexes.get(territory);
  if (known) return known;
  const index = new Map<string, ComuneMatch>();
  const add = (match: ComuneMatch) => {
    const key = normalizePlaceName(match.name);
    // The territory's schema refuses a name twice; split areas are looked at first, as they decide the ATS.
    if (key !== "" && !index.has(key)) index.set(key, Object.freeze(match));
  };
  for (const province of territory.provinces) {
    for (const area of province.split) {
      for (const name of area.comuni) add({ name, province: province.code, area });
    }
  }
  for (const comune of territory.comuni)
    add({ name: comune.name, province: comune.province, area: undefined });
  indexes.set(territory, index);
  return index;
}

/** Finds a comune the territory file knows, however it is typed ("temu", "Vezza d’Oglio", "CANTÙ"). */
export function findComune(name: string, territory: Territory): ComuneMatch | undefined {
  const key = normalizePlaceName(name);
  if (key === "") return undefined;
  return indexOf(territory).get(key);
}
