import type { CompiledCue } from "./compileCue.ts";

/** Where a cue was found: word indexes, end exclusive. */
export interface CueSpan {
  start: number;
  end: number;
}

/**
 * A list of cues longest first, indexed by first word: every message is compared with the same
 * lists (acts, facts, readings) several times per turn, and comparing each of the ~950 cues at
 * every word was a sixth of a turn's CPU (`npm run bench:turn`, 30 November 2026).
 */
interface CueIndex {
  sorted: readonly CompiledCue[];
  /** Positions in `sorted` of the cues whose first word is exactly this one. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** Positions in `sorted` of the cues whose first word is a stem ("ricominci*"), by its first letter. */
  stemsByLetter: ReadonlyMap<string, readonly number[]>;
}

const indexes = new WeakMap<readonly CompiledCue[], CueIndex>();

function indexOnce(cues: readonly CompiledCue[]): CueIndex {
  const cached = indexes.get(cues);
  if (cached) return cached;
  const sorted = [...cues].sort((a, b) => b.words.length - a.words.length);
  const byFirstWord = new Map<string, number[]>();
  const stemsByLetter = new Map<string, number[]>();
  sorted.forEach((cue, position) => {
    const first = cue.words[0];
    if (!first) return;
    const [map, key] = first.prefix ? [stemsByLetter, first.word.charAt(0)] : [byFirstWord, first.word];
    const list = map.get(key);
    if (list) list.push(position);
    else map.set(key, [position]);
  });
  const built = { sorted, byFirstWord, stemsByLetter };
  indexes.set(cues, built);
  return built;
}

const NONE: readonly number[] = [];

/**
 * Every place where one of the cues occurs in the words of a message, longest cues first and
 * without overlaps, so "non mi interessa più" is one span and not also "più". Only the cues whose
 * first word is at a position are tried there, in the order a scan of every cue at every position
 * would try them, so the result is the scan's.
 */
export function matchCues(words: readonly string[], cues: readonly CompiledCue[]): CueSpan[] {
  if (cues.length === 0 || words.length === 0) return [];
  const { sorted, byFirstWord, stemsByLetter } = indexOnce(cues);
  // Each try is a cue's position times the word count plus a start: sorting them sorts by cue, then start.
  const tries: number[] = [];
  const width = words.length;
  words.forEach((word, start) => {
    for (const position of byFirstWord.get(word) ?? NONE) tries.push(position * width + start);
    for (const position of stemsByLetter.get(word.charAt(0)) ?? NONE) tries.push(position * width + start);
    for (const position of stemsByLetter.get("") ?? NONE) tries.push(position * width + start);
  });
  return resolve(words, sorted, tries);
}

/**
 * A family of cue lists read together (the acts of acts.yaml, the facts of facts.yaml): one pass
 * over the message's words finds the tries of every list, and only the lists with a try are
 * resolved, instead of a pass per list. The spans of each list are those of `matchCues` on it.
 */
interface FamilyIndex {
  sorted: ReadonlyArray<readonly CompiledCue[]>;
  /** List and position in it, as `list * LIST_STRIDE + position`, by exact first word. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** The same for the stems, by first letter (the empty stem under ""). */
  stemsByLetter: ReadonlyMap<string, readonly number[]>;
}

/** More cues than any list holds: list and position share one number. */
const LIST_STRIDE = 1 << 20;

const families = new WeakMap<ReadonlyArray<readonly CompiledCue[]>, FamilyIndex>();

function familyOnce(lists: ReadonlyArray<readonly CompiledCue[]>): FamilyIndex {
  const cached = families.get(lists);
  if (cached) return cached;
  const byFirstWord = new Map<string, number[]>();
  const stemsByLetter = new Map<string, number[]>();
  const sorted = lists.map((cues, list) => {
    const index = indexOnce(cues);
    for (const [word, positions] of index.byFirstWord)
      append(
        byFirstWord,
        word,
        positions.map((p) => list * LIST_STRIDE + p),
      );
    for (const [letter, positions] of index.stemsByLetter)
      append(
        stemsByLetter,
        letter,
        positions.map((p) => list * LIST_STRIDE + p),
      );
    return index.sorted;
  });
  const built = { sorted, byFirstWord, stemsByLetter };
  families.set(lists, built);
  return built;
}

function append(map: Map<string, number[]>, key: string, values: number[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}

/** The spans of each list of a family in the message (see FamilyIndex); `lists` must be the same array every time. */
export function matchCueLists(
  words: readonly string[],
  lists: ReadonlyArray<readonly CompiledCue[]>,
): CueSpan[][] {
  const found: CueSpan[][] = lists.map(() => []);
  if (words.length === 0) return found;
  const { sorted, byFirstWord, stemsByLetter } = familyOnce(lists);
  const tries = new Map<number, number[]>();
  const width = words.length;
  const add = (entries: readonly number[] | undefined, start: number) => {
    for (const entry of entries ?? NONE) {
      const position = entry % LIST_STRIDE;
      const list = (entry - position) / LIST_STRIDE;
      const listTries = tries.get(list);
      if (listTries) listTries.push(position * width + start);
      else tries.set(list, [position * width + start]);
    }
  };
  words.forEach((word, start) => {
    add(byFirstWord.get(word), start);
    add(stemsByLetter.get(word.charAt(0)), start);
    add(stemsByLetter.get(""), start);
  });
  for (const [list, listTries] of tries) found[list] = resolve(words, sorted[list] ?? [], listTries);
  return found;
}

/** The tries in order, each kept if its cue fits there and overlaps no span kept before it. */
function resolve(words: readonly string[], sorted: readonly CompiledCue[], tries: number[]): CueSpan[] {
  const spans: CueSpan[] = [];
  if (tries.length === 0) return spans;
  const width = words.length;
  tries.sort((a, b) => a - b);
  let taken: boolean[] | undefined;
  for (const tried of tries) {
    const start = tried % width;
    const cue = sorted[(tried - start) / width];
    if (!cue || (cue.anchored && start > 0) || !fitsAt(words, start, cue, taken)) continue;
    taken ??= new Array<boolean>(width).fill(false);
    for (let i = start; i < start + cue.words.length; i++) taken[i] = true;
    spans.push({ start, end: start + cue.words.length });
  }
  return spans.length > 1 ? spans.sort((a, b) => a.start - b.start) : spans;
}

/** Whether the cue's words are the message's words from `start`, none of them already taken. */
function fitsAt(
  words: readonly string[],
  start: number,
  cue: CompiledCue,
  taken: readonly boolean[] | undefined,
): boolean {
  for (let i = 0; i < cue.words.length; i++) {
    const word = words[start + i];
    const expected = cue.words[i];
    if (word === undefined || expected === undefined || taken?.[start + i]) return false;
    if (expected.prefix ? !word.startsWith(expected.word) : word !== expected.word) return false;
  }
  return true;
}
