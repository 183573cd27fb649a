import { z } from "zod";
import type { ActId } from "./vocabulary/ActId.ts";
import { ApplicantKindSchema, ProfileSchema } from "./vocabulary/profileSchema.ts";

const CueListSchema = z.array(z.string().trim().min(1)).min(1);
const BilingualCuesSchema = z.strictObject({ it: CueListSchema, en: CueListSchema });

/** intents/dialogue/acts.yaml: the cues of every dialogue act, in both languages. */
export const ActCuesFileSchema = z.strictObject({
  acts: z.strictObject({
    cancel: BilingualCuesSchema,
    repeat: BilingualCuesSchema,
    back: BilingualCuesSchema,
    skip: BilingualCuesSchema,
    affirm: BilingualCuesSchema,
    deny: BilingualCuesSchema,
    correction: BilingualCuesSchema,
    follow_up: BilingualCuesSchema,
    form_request: BilingualCuesSchema,
    queue_wait: BilingualCuesSchema,
    person_request: BilingualCuesSchema,
  } satisfies Record<ActId, typeof BilingualCuesSchema>),
});
export type ActCuesFile = z.infer<typeof ActCuesFileSchema>;

/** intents/dialogue/facts.yaml: phrases that state part of the eligibility profile. */
export const ProfileFactSchema = z.strictObject({
  set: ProfileSchema.partial().refine((set) => Object.keys(set).length > 0, { message: "sets nothing" }),
  it: CueListSchema,
  en: CueListSchema,
  /** Cues that cancel this fact in the same message ("non lavoro" is not "lavoro"). */
  unless: z.array(z.string().trim().min(1)).default([]),
  /** Only for these kinds of applicant (known, or stated by the same message). */
  for: z.array(ApplicantKindSchema).optional(),
  /** Not when the applicant is already known to be of one of these kinds. */
  unless_kind: z.array(ApplicantKindSchema).default([]),
});
export type ProfileFact = z.infer<typeof ProfileFactSchema>;
export const ProfileFactsFileSchema = z.strictObject({ facts: z.array(ProfileFactSchema).min(1) });

const LabelSchema = z.strictObject({ it: z.string().trim().min(1), en: z.string().trim().min(1) });

/** intents/dialogue/ambiguities.yaml: words with two close readings, and what settles each. */
export const AmbiguitySchema = z.strictObject({
  cues: BilingualCuesSchema,
  readings: z
    .array(z.strictObject({ label: LabelSchema, means: BilingualCuesSchema }))
    .min(2)
    .max(3),
});
export type Ambiguity = z.infer<typeof AmbiguitySchema>;
/**
 * An answer to an interview question that says something but not what the question needs ("uno
 * piccolo e uno grande" to "quanti anni hanno?"): the bot asks for the missing precision.
 */
export const VagueAnswerSchema = z.strictObject({
  question: z.string().min(1),
  cues: BilingualCuesSchema,
  ask: LabelSchema,
});
export type VagueAnswer = z.infer<typeof VagueAnswerSchema>;
export const AmbiguitiesFileSchema = z.strictObject({
  ambiguities: z.array(AmbiguitySchema).min(1),
  vague_answers: z.array(VagueAnswerSchema).default([]),
});

export interface DialogueCues {
  acts: ActCuesFile["acts"];
  facts: ProfileFact[];
  ambiguities: Ambiguity[];
  vagueAnswers: VagueAnswer[];
}
