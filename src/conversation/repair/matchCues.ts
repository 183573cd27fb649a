import type { CompiledCue } from "./compileCue.ts";

/** Where a cue was found: word indexes, end exclusive. */
export interface CueSpan {
  start: number;
  end: number;
}

/**
 * Each list of cues longest first, sorted once: every message is compared with the same compiled
 * lists (acts, facts, readings), several times per turn.
 */
const longestFirst = new WeakMap<readonly CompiledCue[], readonly CompiledCue[]>();

function sortedOnce(cues: readonly CompiledCue[]): readonly CompiledCue[] {
  const cached = longestFirst.get(cues);
  if (cached) return cached;
  const sorted = [...cues].sort((a, b) => b.words.length - a.words.length);
  longestFirst.set(cues, sorted);
  return sorted;
}

/**
 * Every place where one of the cues occurs in the words of a message, longest cues first and
 * without overlaps, so "non mi interessa più" is one span and not also "più".
 */
export function matchCues(words: readonly string[], cues: readonly CompiledCue[]): CueSpan[] {
  const spans: CueSpan[] = [];
  if (cues.length === 0 || words.length === 0) return spans;
  let taken: boolean[] | undefined;
  for (const cue of sortedOnce(cues)) {
    const length = cue.words.length;
    const last = cue.anchored ? 0 : words.length - length;
    for (let start = 0; start <= last; start++) {
      if (!fitsAt(words, start, cue, taken)) continue;
      taken ??= new Array<boolean>(words.length).fill(false);
      for (let i = start; i < start + length; i++) taken[i] = true;
      spans.push({ start, end: start + length });
    }
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
