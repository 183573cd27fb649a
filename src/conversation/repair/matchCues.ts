import type { CompiledCue } from "./compileCue.ts";

/** Where a cue was found: word indexes, end exclusive. */
export interface CueSpan {
  start: number;
  end: number;
}

/**
 * A family of cue lists read together (the acts of acts.yaml, the facts of facts.yaml), each list
 * longest first, indexed by first word: every message is compared with the same lists several
 * times per turn, and comparing each of the ~950 cues at every word was a sixth of a turn's CPU
 * (`npm run bench:turn`, 30 November 2026). One pass over a message's words finds the tries of
 * every list; only the lists with a try are resolved.
 */
interface FamilyIndex {
  /** Each list's cues, longest first. */
  sorted: ReadonlyArray<readonly CompiledCue[]>;
  /** List and position in it, as `list * LIST_STRIDE + position`, by exact first word. */
  byFirstWord: ReadonlyMap<string, readonly number[]>;
  /** The same for the stems ("ricominci*"), by first letter (the empty stem under ""). */
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
    const longestFirst = [...cues].sort((a, b) => b.words.length - a.words.length);
    longestFirst.forEach((cue, position) => {
      const first = cue.words[0];
      if (!first) return;
      const entry = list * LIST_STRIDE + position;
      if (first.prefix) {
        const letter = first.word.charAt(0);
        stemsByLetter.set(letter, [...(stemsByLetter.get(letter) ?? []), entry]);
      } else byFirstWord.set(first.word, [...(byFirstWord.get(first.word) ?? []), entry]);
    });
    return longestFirst;
  });
  const built = { sorted, byFirstWord, stemsByLetter };
  families.set(lists, built);
  return built;
}

const NONE: readonly number[] = [];

/** Each list of cues as a family of one, the same array every time (families are kept by it). */
const alone = new WeakMap<readonly CompiledCue[], ReadonlyArray<readonly CompiledCue[]>>();

/**
 * Every place where one of the cues occurs in the words of a message, longest cues first and
 * without overlaps, so "non mi interessa più" is one span and not also "più". Only the cues whose
 * first word is at a position are tried there, in the order a scan of every cue at every position
 * would try them, so the result is the scan's.
 */
export function matchCues(words: readonly string[], cues: readonly CompiledCue[]): CueSpan[] {
  let family = alone.get(cues);
  if (!family) {
    family = [cues];
    alone.set(cues, family);
  }
  return matchCueLists(words, family)[0] ?? [];
}

/** The spans of each list of a family in the message, as `matchCues` finds them in that list alone; `lists` must be the same array every time. */
export function matchCueLists(
  words: readonly string[],
  lists: ReadonlyArray<readonly CompiledCue[]>,
): CueSpan[][] {
  const found: CueSpan[][] = lists.map(() => []);
  if (words.length === 0) return found;
  const { sorted, byFirstWord, stemsByLetter } = familyOnce(lists);
  // Each try is a cue's position times the word count plus a start: sorting them sorts by cue, then start.
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
