import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { ConceptPatternSchema } from "./conceptsSchema.ts";
import { ACTION_IDS, ActionIdSchema, FormIdSchema } from "./ids.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";
import { type CriterionKey, CriterionKeySchema } from "./vocabulary/criterionKeys.ts";
import { ApplicantKindSchema, FirmSizeSchema, RoleSchema, SectorSchema } from "./vocabulary/profileSchema.ts";

const yes = z.literal(true);

/**
 * Eligibility rules as data; each key is one criterion the engine can check and explain. Unknown keys
 * are refused so a misspelt rule cannot silently make an action open to everyone.
 */
const criteriaShape = {
  applicant_kinds: z.array(ApplicantKindSchema).min(1),
  /** Checked for applicant kind "firm" only: networks and care providers have no size limit in the seed. */
  firm_sizes: z.array(FirmSizeSchema).min(1).optional(),
  max_workers: z.number().int().min(0).optional(),
  sectors: z.array(SectorSchema).min(1).optional(),
  roles: z.array(RoleSchema).min(1).optional(),
  requires_chores_unrelated_to_business: yes.optional(),
  requires_woman_excluded_from_work: yes.optional(),
  requires_conciliation_service_business: yes.optional(),
  requires_working_family: yes.optional(),
  requires_no_other_public_support: yes.optional(),
  children_age: z
    .strictObject({ min: z.number().min(0), below: z.number().positive() })
    .refine((r) => r.min < r.below, { message: "min must be below `below`" })
    .optional(),
  /** The age usually meant (an interpretation: it never excludes anyone on its own). */
  typical_children_age: z
    .strictObject({ min: z.number().min(0), below: z.number().positive().optional() })
    .refine((r) => r.below === undefined || r.min < r.below, { message: "min must be below `below`" })
    .optional(),
  frail_relative_or_child: z.strictObject({ child_below: z.number().positive() }).optional(),
} satisfies Record<CriterionKey, z.ZodType>;
export const CriteriaSchema = z.strictObject(criteriaShape);
export type Criteria = z.infer<typeof CriteriaSchema>;

/**
 * Where a criterion comes from: a line of the programme document word for word, or an interpretation
 * with its reason and the sentence users read ("di solito…, conferma con la tua ATS").
 */
export const CriterionSourceSchema = z.union([
  z.strictObject({ quote: z.string().trim().min(1), note: z.string().trim().min(1).optional() }),
  z.strictObject({ interpretation: z.string().trim().min(1), shown: LocalizedTextSchema }),
]);

export const ActionSchema = z
  .strictObject({
    id: ActionIdSchema,
    /** The part of the programme document the action is listed in (document.yaml). */
    section: z.string().min(1),
    /** Words people use for the action, so a question can be recognised as being about it. */
    keywords: z.array(ConceptPatternSchema).min(1),
    audience: z.enum(["firm", "family", "aspiring_entrepreneur"]),
    title: LocalizedTextSchema,
    explanation: LocalizedTextSchema,
    who_may_apply: LocalizedTextSchema,
    what_they_get: LocalizedTextSchema,
    examples: z.strictObject({
      it: z.array(z.string().min(1)).min(1),
      en: z.array(z.string().min(1)).min(1),
    }),
    por_fse: z.boolean(),
    form: FormIdSchema,
    criteria: CriteriaSchema,
    criteria_sources: z.partialRecord(CriterionKeySchema, CriterionSourceSchema),
    /** The line of the document this action comes from, verbatim. */
    source: z.string().trim().min(1),
  })
  .superRefine((action, ctx) => {
    const stated = Object.keys(action.criteria);
    const sourced = Object.keys(action.criteria_sources);
    for (const key of stated.filter((k) => !sourced.includes(k))) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria_sources"],
        message: `criterion ${key} needs a source (a quote of the document or an interpretation)`,
      });
    }
    for (const key of sourced.filter((k) => !stated.includes(k))) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria_sources", key],
        message: `criterion ${key} is not among the action's criteria`,
      });
    }
    if (
      action.criteria_sources.applicant_kinds &&
      "interpretation" in action.criteria_sources.applicant_kinds
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["criteria_sources", "applicant_kinds"],
        message: "who an action is for must come from the document",
      });
    }
  });
export type Action = z.infer<typeof ActionSchema>;

/** `intents/programme/actions.yaml`: the twelve funded actions, each exactly once. */
export const ActionsFileSchema = z
  .strictObject({
    period: z.string().min(1),
    actions: z.array(ActionSchema),
    por_fse_note: z.strictObject({ it: z.string().min(1), en: z.string().min(1), source: z.string().min(1) }),
  })
  .superRefine((file, ctx) => {
    checkListedOnce(ctx, ["actions"], file.actions, "id", { ids: ACTION_IDS, name: "actions" });
  });
export type ActionsFile = z.infer<typeof ActionsFileSchema>;
