import type { ApplicantKind, Profile, ProfileField } from "../../content/vocabulary/profileSchema.ts";
import type { Turn } from "../dialog/Turn.ts";
import { audienceOfApplicant } from "../interview/audienceOfApplicant.ts";
import { foldText } from "../nlu/foldText.ts";
import { findComune } from "../place/findComune.ts";
import type { Audience } from "../state/Audience.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { findAges } from "./findAges.ts";
import { readProfileFacts } from "./readProfileFacts.ts";

export interface ProfileChanges {
  /** Fields the profile did not have. */
  added: ProfileField[];
  /** Fields whose value the message replaced (a correction). */
  changed: ProfileField[];
}

/**
 * Every fact a message states about the person (kind of applicant, workers, sector, children's
 * ages, working parents, a frail relative, place…) goes into the profile, so nothing said is
 * asked again. Without `correcting`, a fact already known is left as it was.
 */
export async function absorbFacts(
  turn: Turn,
  message: DialogueMessage,
  options: { correcting?: boolean; bareAges?: boolean; words?: string[] } = {},
): Promise<ProfileChanges> {
  const before = turn.state.profile;
  const audience = turn.state.audience;
  const words = options.words ?? message.words;
  const text = words.join(" ");
  // The door already chosen says which facts apply: in a firm's interview "io e mia moglie" are
  // its workers, not a family.
  const kind = before.applicant_kind ?? (audience ? KIND_OF_AUDIENCE[audience] : undefined);
  const known: Profile = kind ? { ...before, applicant_kind: kind } : before;
  const found: Partial<Profile> = readProfileFacts(words, turn.deps.content.dialogue.facts, known);
  // Only the words meant (a correction's tail) are read for places and numbers.
  const entities = options.words
    ? (await turn.deps.understander.understand(text, { lang: turn.state.lang })).entities
    : (await turn.understand(message.text)).entities;
  if (entities.province) found.province = entities.province;
  const comune = entities.comune ? findComune(entities.comune, turn.deps.content.territory) : undefined;
  if (comune && (!entities.province || comune.province === entities.province)) {
    found.province = comune.province;
    found.comune = comune.name;
  }
  if (entities.employees !== undefined && (audience === undefined || audience === "firm")) {
    found.workers = entities.employees;
    found.applicant_kind ??= before.applicant_kind ?? "firm";
  }
  // Ages are children's only where a family may be asking ("disoccupata da due anni" is not a child).
  const asking = found.applicant_kind ?? kind;
  const ages =
    asking === undefined || asking === "family" ? findAges(foldText(text), options.bareAges === true) : [];
  if (ages.length > 0) {
    found.children_ages = ages;
    found.applicant_kind ??= before.applicant_kind ?? "family";
  }
  if (before.applicant_kind && found.applicant_kind && found.applicant_kind !== before.applicant_kind) {
    delete found.applicant_kind;
  }
  const foundAudience = audienceOfApplicant(found.applicant_kind);
  if (audience && foundAudience && foundAudience !== audience) delete found.applicant_kind;
  const profile: Profile = { ...before };
  const changes: ProfileChanges = { added: [], changed: [] };
  for (const [key, value] of Object.entries(found)) {
    const field = PROFILE_FIELDS.find((f) => f === key);
    if (!field || value === undefined) continue;
    const old = before[field];
    if (old === undefined) changes.added.push(field);
    else if (JSON.stringify(old) !== JSON.stringify(value)) {
      if (!options.correcting) continue;
      changes.changed.push(field);
    } else continue;
    Object.assign(profile, { [field]: value });
  }
  if (profile.province !== before.province && !found.comune) delete profile.comune;
  if (changes.added.includes("workers") || changes.changed.includes("workers")) delete profile.workers_range;
  turn.state.profile = profile;
  return changes;
}

const PROFILE_FIELDS: readonly ProfileField[] = [
  "applicant_kind",
  "province",
  "comune",
  "workers",
  "sector",
  "role",
  "working_family",
  "children_ages",
  "frail_relative",
  "already_supported",
  "woman_excluded_from_work",
  "conciliation_service_business",
];

/** The kind of applicant a door implies until the interview says more (a firm may be a network). */
const KIND_OF_AUDIENCE: Record<Audience, ApplicantKind> = {
  firm: "firm",
  family: "family",
  self_employment: "aspiring_entrepreneur",
};
