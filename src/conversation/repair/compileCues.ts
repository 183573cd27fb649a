import { type CompiledCue, compileCue } from "./compileCue.ts";

/** A list of cues as staff wrote them, compiled; cues that normalise to nothing are dropped. */
export function compileCues(cues: readonly string[]): CompiledCue[] {
  return cues.flatMap((cue) => compileCue(cue) ?? []);
}
