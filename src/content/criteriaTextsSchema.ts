import { z } from "zod";
import { templatePlaceholders } from "./format/templatePlaceholders.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";
import { CriterionKeySchema } from "./vocabulary/criterionKeys.ts";
import { CRITERION_PLACEHOLDERS } from "./vocabulary/criterionPlaceholders.ts";
import { ApplicantKindSchema, FirmSizeSchema, RoleSchema, SectorSchema } from "./vocabulary/profileSchema.ts";

const known = new Set<string>(CRITERION_PLACEHOLDERS);
const TemplateSchema = LocalizedTextSchema.superRefine((text, ctx) => {
  for (const lang of ["it", "en"] as const) {
    for (const name of templatePlaceholders(text[lang])) {
      if (!known.has(name)) {
        ctx.addIssue({ code: "custom", path: [lang], message: `unknown placeholder {${name}}` });
      }
    }
  }
});

const OutcomeTextsSchema = z.strictObject({
  pass: TemplateSchema,
  fail: TemplateSchema,
  unknown: TemplateSchema,
});

/**
 * `intents/programme/criteria.yaml`: how each criterion is explained to a citizen, for every outcome,
 * and the words used for profile values. Every criterion and every value must have its text.
 */
export const CriteriaTextsFileSchema = z.strictObject({
  labels: z.strictObject({
    applicant_kind: z.record(ApplicantKindSchema, LocalizedTextSchema),
    firm_size: z.record(FirmSizeSchema, LocalizedTextSchema),
    sector: z.record(SectorSchema, LocalizedTextSchema),
    role: z.record(RoleSchema, LocalizedTextSchema),
    or: LocalizedTextSchema,
    workers_exact_one: LocalizedTextSchema,
    workers_exact: LocalizedTextSchema,
    workers_between: LocalizedTextSchema,
    workers_at_least: LocalizedTextSchema,
    workers_up_to: LocalizedTextSchema,
    age_under: LocalizedTextSchema,
    age_between: LocalizedTextSchema,
    age_from: LocalizedTextSchema,
  }),
  criteria: z.record(CriterionKeySchema, OutcomeTextsSchema),
});
export type CriteriaTextsFile = z.infer<typeof CriteriaTextsFileSchema>;
