import type { Territory } from "../../content/territorySchema.ts";
import { normalizePlaceName } from "../format/normalizePlaceName.ts";
import type { ProvinceCode } from "../ids.ts";

export type PlaceInText = { province?: ProvinceCode; comune?: string };

/** Words before a one-word comune name that show it is a place ("abito a Erba", not "l'erba"). */
const PLACE_PREPOSITIONS = new Set(["a", "ad", "di", "da", "in", "presso", "at", "near", "from"]);

/**
 * A fallback for when the language understanding passed no place: finds a comune or a province named
 * in the message. One-word comuni count only after a preposition, because many are also common
 * words (Chiari, Erba, Magenta); "provincia di Brescia" means the province, not the city.
 */
export function findPlaceInText(text: string, territory: Territory): PlaceInText {
  const words = normalizePlaceName(text).split(" ").filter(Boolean);
  const comuni = [
    ...territory.comuni.map((c) => ({ name: c.name, province: c.province })),
    ...territory.provinces.flatMap((p) =>
      p.split.flatMap((area) => area.comuni.map((name) => ({ name, province: p.code }))),
    ),
  ].sort((a, b) => b.name.length - a.name.length);
  for (const comune of comuni) {
    const tokens = normalizePlaceName(comune.name).split(" ");
    for (const start of positions(tokens, words)) {
      const before = words.slice(Math.max(0, start - 2), start);
      if (before.join(" ") === "provincia di" || before.join(" ") === "province of") continue;
      const afterPreposition = PLACE_PREPOSITIONS.has(before[before.length - 1] ?? "");
      if (tokens.length > 1 || afterPreposition) return { comune: comune.name, province: comune.province };
    }
  }
  const names = territory.provinces
    .flatMap((p) =>
      [p.name, ...p.aliases].map((alias) => ({ tokens: normalizePlaceName(alias).split(" "), code: p.code })),
    )
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const province = names.find((n) => positions(n.tokens, words).length > 0);
  return province ? { province: province.code } : {};
}

function positions(tokens: readonly string[], words: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start + tokens.length <= words.length; start++) {
    if (tokens.every((token, i) => words[start + i] === token)) found.push(start);
  }
  return found;
}
