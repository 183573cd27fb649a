import type { CompiledCue } from "./compileCue.ts";

/** Where a cue was found: word indexes, end exclusive. */
export interface CueSpan {
  start: number;
  end: number;
}

/**
 * Every place where one of the cues occurs in the words of a message, longest cues first and
 * without overlaps, so "non mi interessa più" is one span and not also "più".
 */
export function matchCues(words: readonly string[], cues: readonly CompiledCue[]): CueSpan[] {
  const spans: CueSpan[] = [];
  const taken = new Array<boolean>(words.length).fill(false);
  const sorted = [...cues].sort((a, b) => b.words.length - a.words.length);
  for (const cue of sorted) {
    const last = cue.anchored ? 0 : words.length - cue.words.length;
    for (let start = 0; start <= last; start++) {
      if (cue.words.every((w, i) => fits(words[start + i], w) && !taken[start + i])) {
        for (let i = start; i < start + cue.words.length; i++) taken[i] = true;
        spans.push({ start, end: start + cue.words.length });
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

function fits(word: string | undefined, cue: CompiledCue["words"][number]): boolean {
  if (word === undefined) return false;
  return cue.prefix ? word.startsWith(cue.word) : word === cue.word;
}
