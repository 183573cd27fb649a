import { normalizePlaceName } from "../../content/format/normalizePlaceName.ts";
import type { ProvinceCode } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";

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
  const { comuni, byFirstToken, provinces } = preparedPlaces(territory);
  for (const comune of candidates(words, comuni, byFirstToken)) {
    for (const start of positions(comune.tokens, words)) {
      const before = words.slice(Math.max(0, start - 2), start);
      if (before.join(" ") === "provincia di" || before.join(" ") === "province of") continue;
      const afterPreposition = PLACE_PREPOSITIONS.has(before[before.length - 1] ?? "");
      if (comune.tokens.length > 1 || afterPreposition)
        return { comune: comune.name, province: comune.province };
    }
  }
  const province = provinces.find((n) => occursAt(n.tokens, words, 0) >= 0);
  return province ? { province: province.code } : {};
}

interface PreparedComune {
  name: string;
  province: ProvinceCode;
  tokens: string[];
}

interface PreparedPlaces {
  /** Longest names first, so "San Giovanni Bianco" wins over "Bianco". */
  comuni: PreparedComune[];
  /** Indexes into `comuni` by the first word of the name: a message is compared with a few, not all. */
  byFirstToken: Map<string, number[]>;
  provinces: Array<{ tokens: string[]; code: ProvinceCode }>;
}

/** Over two thousand names are scanned per message: sort and normalize them once per territory. */
const prepared = new WeakMap<Territory, PreparedPlaces>();

function preparedPlaces(territory: Territory): PreparedPlaces {
  const cached = prepared.get(territory);
  if (cached) return cached;
  const comuni = [
    ...territory.comuni.map((c) => ({ name: c.name, province: c.province })),
    ...territory.provinces.flatMap((p) =>
      p.split.flatMap((area) => area.comuni.map((name) => ({ name, province: p.code }))),
    ),
  ]
    .sort((a, b) => b.name.length - a.name.length)
    .map((c) => ({ ...c, tokens: normalizePlaceName(c.name).split(" ") }));
  const provinces = territory.provinces
    .flatMap((p) =>
      [p.name, ...p.aliases].map((alias) => ({ tokens: normalizePlaceName(alias).split(" "), code: p.code })),
    )
    .sort((a, b) => b.tokens.length - a.tokens.length);
  const byFirstToken = new Map<string, number[]>();
  comuni.forEach((comune, index) => {
    const first = comune.tokens[0] ?? "";
    byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), index]);
  });
  const built = { comuni, byFirstToken, provinces };
  prepared.set(territory, built);
  return built;
}

/** The comuni whose name starts with a word of the message, in the order of `comuni`. */
function candidates(
  words: readonly string[],
  comuni: readonly PreparedComune[],
  byFirstToken: ReadonlyMap<string, number[]>,
): PreparedComune[] {
  const indexes = new Set<number>();
  for (const word of words) for (const index of byFirstToken.get(word) ?? []) indexes.add(index);
  return [...indexes].sort((a, b) => a - b).flatMap((index) => comuni[index] ?? []);
}

/**
 * Where the words of a name start in the message, from `from` on. The provinces' names and
 * aliases are tried against every message: this allocates nothing (an array and a closure per
 * name and position were a fifth of the service's allocations per message in the benchmark).
 */
function occursAt(tokens: readonly string[], words: readonly string[], from: number): number {
  for (let start = from; start + tokens.length <= words.length; start++) {
    let i = 0;
    while (i < tokens.length && words[start + i] === tokens[i]) i++;
    if (i === tokens.length) return start;
  }
  return -1;
}

function positions(tokens: readonly string[], words: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = occursAt(tokens, words, 0); start >= 0; start = occursAt(tokens, words, start + 1)) {
    found.push(start);
  }
  return found;
}
