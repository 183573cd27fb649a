import { normalizeUtterance } from "../dialog/normalizeUtterance.ts";

/** One cue ready to compare with a message's words. */
export interface CompiledCue {
  words: Array<{ word: string; prefix: boolean }>;
  /** Only at the start of the message. */
  anchored: boolean;
}

/**
 * Turns a cue written by staff ("^no aspetta", "ricominci*") into words; the same normalisation
 * as the messages, so accents, case and apostrophes never decide a match.
 */
export function compileCue(cue: string): CompiledCue | undefined {
  const anchored = cue.trimStart().startsWith("^");
  const words = normalizeUtterance(cue.replace(/\*/g, "STARPREFIX").replace(/\^/g, " "))
    .split(" ")
    .filter((w) => w !== "")
    .map((w) =>
      w.endsWith("starprefix")
        ? { word: w.slice(0, -"starprefix".length), prefix: true }
        : { word: w, prefix: false },
    );
  return words.length === 0 ? undefined : { words, anchored };
}
