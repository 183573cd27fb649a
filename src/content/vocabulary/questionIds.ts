import { z } from "zod";

/** The interview's questions: stable ids, so a dialog can resume on the same question after a restart. */
export const QUESTION_IDS = [
  "applicant_kind",
  "workers",
  "sector",
  "role",
  "chores_unrelated_to_business",
  "woman_excluded_from_work",
  "conciliation_service_business",
  "children_ages",
  "working_family",
  "frail_relative",
  "already_supported",
  "province",
  "comune",
] as const;
export const QuestionIdSchema = z.enum(QUESTION_IDS);
export type QuestionId = z.infer<typeof QuestionIdSchema>;
