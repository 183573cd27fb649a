import { PROVINCE_CODES, type ProvinceCode } from "../../../content/ids.ts";
import { foldText } from "../foldText.ts";
import type { Gazetteer } from "../Gazetteer.ts";

export interface PlaceMention {
  province?: ProvinceCode;
  comune?: string;
  area?: string;
}

/** Finds where the person is from the places named in a message. */
export type PlaceFinder = (text: string) => PlaceMention;

type Kind = "comune" | "area" | "province" | "alias";

interface Entry {
  words: readonly string[];
  kind: Kind;
  province: ProvinceCode;
  /** Display name of a comune. */
  name: string;
  area?: string;
  capoluogo: boolean;
}

const PRIORITY: Readonly<Record<Kind, number>> = { comune: 4, area: 3, province: 2, alias: 1 };

/** English names of Lombard places that differ from the Italian ones. */
const EXONYMS: readonly { name: string; province: ProvinceCode }[] = [
  { name: "milan", province: "MI" },
  { name: "mantua", province: "MN" },
];

/**
 * Place names that are also ordinary words ("erba" is grass, "crema" cream, "chiari" clear):
 * they count only when capitalised or after "abito a", "vivo a", "comune di"…
 */
const AMBIGUOUS = new Set([
  "erba",
  "crema",
  "chiari",
  "magenta",
  "albino",
  "colico",
  "meda",
  "leno",
  "asola",
  "tirano",
  "pigra",
  "incudine",
  "gorgonzola",
  "stradella",
  "travagliato",
  "desio",
  "aprica",
  "corrido",
  "ono san pietro",
]);
const STRONG_LOCATIVE =
  /\b(abito|vivo|risiedo|residente|sto|stiamo|abitiamo|viviamo|comune|provincia|zona|live|living)\s+(?:a|ad|di|in|nel|nella|nei|in provincia di)?\s*$/;

/**
 * Compiles the gazetteer: province names and aliases, split areas and their comuni, the main
 * comuni. In a message the first place named decides the province; a comune is reported only
 * when it is not the province's main town (it matters where a province is split between ATS).
 */
export function createPlaceFinder(gazetteer: Gazetteer): PlaceFinder {
  const byFirst = new Map<string, Entry[]>();
  const add = (label: string, entry: Omit<Entry, "words">) => {
    const words = placeWords(label);
    const first = words[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    list.push({ ...entry, words });
    byFirst.set(first, list);
  };
  const provinceNames = new Map<ProvinceCode, string>();
  for (const province of gazetteer.provinces) {
    provinceNames.set(province.code, placeWords(province.name).join(" "));
  }
  const isCapoluogo = (name: string, code: ProvinceCode) =>
    (provinceNames.get(code) ?? "").startsWith(placeWords(name).join(" "));
  for (const province of gazetteer.provinces) {
    const base = { province: province.code, name: province.name, capoluogo: false };
    add(province.name, { ...base, kind: "province" });
    for (const alias of province.aliases) add(alias, { ...base, kind: "alias" });
    for (const split of province.split) {
      for (const alias of split.aliases) add(alias, { ...base, kind: "area", area: split.area });
      for (const comune of split.comuni) {
        add(comune, {
          province: province.code,
          name: comune,
          kind: "comune",
          area: split.area,
          capoluogo: false,
        });
      }
    }
  }
  for (const comune of gazetteer.comuni) {
    add(comune.name, {
      province: comune.province,
      name: comune.name,
      kind: "comune",
      capoluogo: isCapoluogo(comune.name, comune.province),
    });
  }
  for (const exonym of EXONYMS) {
    add(exonym.name, { province: exonym.province, name: exonym.name, kind: "alias", capoluogo: true });
  }

  return (text) => {
    const mentions = [...findNames(text, byFirst), ...findCodes(text)].sort((a, b) => a.at - b.at);
    const first = mentions[0];
    if (!first) return {};
    const sameProvince = mentions.filter((m) => m.entry.province === first.entry.province);
    const comune = sameProvince.find((m) => m.entry.kind === "comune" && !m.entry.capoluogo);
    const area = sameProvince.find((m) => m.entry.area !== undefined);
    return {
      province: first.entry.province,
      ...(comune ? { comune: comune.entry.name } : {}),
      ...(area?.entry.area ? { area: area.entry.area } : {}),
    };
  };
}

function placeWords(label: string): string[] {
  return foldText(label)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

interface Mention {
  at: number;
  entry: Entry;
}

function findNames(text: string, byFirst: ReadonlyMap<string, Entry[]>): Mention[] {
  const folded = foldText(text);
  const tokens = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ word: m[0], at: m.index }));
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    let best: Entry | undefined;
    for (const entry of byFirst.get(token.word) ?? []) {
      if (!entry.words.every((w, k) => tokens[i + k]?.word === w)) continue;
      if (
        !best ||
        entry.words.length > best.words.length ||
        (entry.words.length === best.words.length && PRIORITY[entry.kind] > PRIORITY[best.kind])
      ) {
        best = entry;
      }
    }
    if (!best) continue;
    const before = folded.slice(0, token.at);
    const key = best.words.join(" ");
    if (AMBIGUOUS.has(key) && !isCapitalised(text, token.at) && !STRONG_LOCATIVE.test(before)) continue;
    if (best.kind === "alias" && /\b(alla|alle|all)\s+$/.test(before)) continue;
    mentions.push({ at: token.at, entry: best });
    i += best.words.length - 1;
  }
  return mentions;
}

function isCapitalised(text: string, at: number): boolean {
  const char = text.charAt(at);
  return char !== char.toLowerCase();
}

const CODE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(${PROVINCE_CODES.join("|")})(?![\\p{L}\\p{N}])`, "gu");

function findCodes(text: string): Mention[] {
  const letters = text.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  const shouting = letters.length > 4 && upper / letters.length > 0.6;
  const mentions: Mention[] = [];
  for (const match of text.matchAll(CODE_PATTERN)) {
    const code = PROVINCE_CODES.find((c) => c === match[1]);
    if (!code) continue;
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    const explicit = /\(\s*$/.test(before) || /\bprov(?:incia)?\.?\s*(?:di\s+)?$/i.test(before);
    if (shouting && !explicit) continue;
    mentions.push({
      at: match.index,
      entry: { words: [code], kind: "province", province: code, name: code, capoluogo: false },
    });
  }
  return mentions;
}
