import { z } from "zod";

/**
 * The criteria the engine knows how to check and explain, in the order reasons are given. The content
 * schema's criteria object is checked against this list at compile time, both ways.
 */
export const CRITERION_KEYS = [
  "applicant_kinds",
  "firm_sizes",
  "max_workers",
  "sectors",
  "roles",
  "requires_chores_unrelated_to_business",
  "requires_woman_excluded_from_work",
  "requires_conciliation_service_business",
  "requires_working_family",
  "frail_relative_or_child",
  "children_age",
  "typical_children_age",
  "requires_no_other_public_support",
] as const;
export const CriterionKeySchema = z.enum(CRITERION_KEYS);
export type CriterionKey = z.infer<typeof CriterionKeySchema>;
