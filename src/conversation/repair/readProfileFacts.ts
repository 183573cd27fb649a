import type { ProfileFact } from "../../content/dialogueCuesSchema.ts";
import type { ApplicantKind, Profile } from "../../content/vocabulary/profileSchema.ts";
import type { CompiledCue } from "./compileCue.ts";
import { compileCues } from "./compileCues.ts";
import { matchCues } from "./matchCues.ts";

interface CompiledFact {
  fact: ProfileFact;
  cues: CompiledCue[];
  unless: CompiledCue[];
}

const compiled = new WeakMap<ProfileFact[], CompiledFact[]>();

function compile(facts: ProfileFact[]): CompiledFact[] {
  const cached = compiled.get(facts);
  if (cached) return cached;
  const built = facts.map((fact) => ({
    fact,
    cues: compileCues([...fact.it, ...fact.en]),
    unless: compileCues(fact.unless),
  }));
  compiled.set(facts, built);
  return built;
}

/**
 * What a message states about the person in passing (intents/dialogue/facts.yaml): "io e mio
 * marito lavoriamo tutti e due" → working family. Facts apply in file order, so a kind of
 * applicant stated first decides which later facts apply (`for`, `unless_kind`).
 */
export function readProfileFacts(
  words: readonly string[],
  facts: ProfileFact[],
  known: Profile,
): Partial<Profile> {
  const found: Partial<Profile> = {};
  for (const { fact, cues, unless } of compile(facts)) {
    if (matchCues(words, cues).length === 0) continue;
    if (unless.length > 0 && matchCues(words, unless).length > 0) continue;
    const kind: ApplicantKind | undefined = found.applicant_kind ?? known.applicant_kind;
    if (fact.for && (kind === undefined || !fact.for.includes(kind))) continue;
    if (kind !== undefined && fact.unless_kind.includes(kind)) continue;
    for (const [key, value] of Object.entries(fact.set)) {
      if (key in found) continue;
      Object.assign(found, { [key]: value });
    }
  }
  return found;
}
