import { z } from "zod";
import { ActionIdSchema, ProvinceCodeSchema } from "../ids.ts";

export const APPLICANT_KINDS = [
  "firm",
  "family",
  "aspiring_entrepreneur",
  "care_provider",
  "firm_network",
] as const;
export const ApplicantKindSchema = z.enum(APPLICANT_KINDS);
export type ApplicantKind = z.infer<typeof ApplicantKindSchema>;

/** By number of workers: micro < 10, small < 50, medium < 250, large ≥ 250. */
export const FIRM_SIZES = ["micro", "small", "medium", "large"] as const;
export const FirmSizeSchema = z.enum(FIRM_SIZES);
export type FirmSize = z.infer<typeof FirmSizeSchema>;

export const SECTORS = ["commercial", "artisan", "other"] as const;
export const SectorSchema = z.enum(SECTORS);

export const ROLES = ["owner", "employee"] as const;
export const RoleSchema = z.enum(ROLES);

/** An age in years ("18 mesi" is 1.5), or a band chosen from buttons: `below` is excluded. */
export const ChildAgeSchema = z.union([
  z.number().min(0).max(30),
  z
    .strictObject({ min: z.number().min(0), below: z.number().positive() })
    .refine((band) => band.min < band.below, { message: "min must be below `below`" }),
]);
export type ChildAge = z.infer<typeof ChildAgeSchema>;

/** Workers known only roughly (a button such as "Da 4 a 9"); no `max` means "or more". */
export const WorkersRangeSchema = z
  .strictObject({ min: z.number().int().min(0), max: z.number().int().min(0).optional() })
  .refine((r) => r.max === undefined || r.min <= r.max, { message: "min must not exceed max" });

/**
 * What we know about the person so far: every field is optional because the interview fills it one
 * answer at a time, and "not said yet" must stay distinguishable from "no". Unknown keys are refused
 * so that a misspelt field in a tool's JSON is an error, not a silently ignored answer.
 */
export const ProfileSchema = z.strictObject({
  applicant_kind: ApplicantKindSchema.optional(),
  province: ProvinceCodeSchema.optional(),
  comune: z.string().trim().min(1).max(100).optional(),
  /** People working in the firm as the person counts them: the document does not say whether the owner counts. */
  workers: z.number().int().min(0).max(1_000_000).optional(),
  workers_range: WorkersRangeSchema.optional(),
  /** Stated size, used when the number of workers is not known. */
  firm_size: FirmSizeSchema.optional(),
  sector: SectorSchema.optional(),
  role: RoleSchema.optional(),
  /** The help is for personal or family chores, not for running the firm (time saving). */
  chores_unrelated_to_business: z.boolean().optional(),
  /** The people who care for children or relatives have a job. */
  working_family: z.boolean().optional(),
  /** Ages of the children the help is for; an empty list means no minor children. */
  children_ages: z.array(ChildAgeSchema).max(20).optional(),
  frail_relative: z.boolean().optional(),
  /** Already helped for the same need by other public measures. */
  already_supported: z.boolean().optional(),
  woman_excluded_from_work: z.boolean().optional(),
  /** The business to start is a work-life balance service (childcare, care, transport…). */
  conciliation_service_business: z.boolean().optional(),
  /** Questions (by profile field) the person chose not to answer: not asked again. */
  skipped_questions: z.array(z.string().min(1).max(60)).max(20).optional(),
  /** Actions the person asked about, ranked first among the eligible ones. */
  interests: z.array(ActionIdSchema).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileField = keyof Profile;
export const ProfileFieldSchema = ProfileSchema.keyof();
