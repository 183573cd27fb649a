import type { ProfileFact } from "../../content/dialogueCuesSchema.ts";
import type { ApplicantKind, Profile } from "../../content/vocabulary/profileSchema.ts";
import type { CompiledCue } from "./compileCue.ts";
import { compileCues } from "./compileCues.ts";
import { matchCueLists } from "./matchCues.ts";

interface CompiledFact {
  fact: ProfileFact;
  cues: CompiledCue[];
  unless: CompiledCue[];
}

/** The facts, and their cues and exceptions as one family of lists (fact i: lists 2i and 2i + 1). */
const compiled = new WeakMap<ProfileFact[], { facts: CompiledFact[]; lists: CompiledCue[][] }>();

function compile(facts: ProfileFact[]): { facts: CompiledFact[]; lists: CompiledCue[][] } {
  const cached = compiled.get(facts);
  if (cached) return cached;
  const built = facts.map((fact) => ({
    fact,
    cues: compileCues([...fact.it, ...fact.en]),
    unless: compileCues(fact.unless),
  }));
  const family = { facts: built, lists: built.flatMap((f) => [f.cues, f.unless]) };
  compiled.set(facts, family);
  return family;
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
  const family = compile(facts);
  const spans = matchCueLists(words, family.lists);
  for (const [i, { fact }] of family.facts.entries()) {
    if ((spans[2 * i]?.length ?? 0) === 0) continue;
    if ((spans[2 * i + 1]?.length ?? 0) > 0) continue;
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
