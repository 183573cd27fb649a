import { z } from "zod";

/**
 * The programme questions the bot answers from data; each has its rules and answers in topics.yaml.
 * Stored with the conversation (the last answered topic, for follow-ups): only ever add ids.
 */
export const TOPIC_IDS = [
  "max_grant",
  "projects_funded",
  "funding",
  "which_ats",
  "por_fse_notice",
  "deadlines",
  "networks_alliances",
  "results_2014_2016",
  "communication",
  "contacts",
  "overview",
  "benefit_amount",
  "other_period",
  "working_conditions",
  "income_requirements",
  "request_routing",
  "why_place",
  "age_limits",
  "inps_bonus",
  "application_documents",
  "current_calls",
  "apply_now",
  "further_funding",
  "projects_table",
  "por_fse_actions",
  "territorial_plans",
  "networks_reorganisation",
  "ats_role",
  "ats_list",
  "action_info",
  "actions",
  "novelties",
  "action_statistics",
  "owner_counted",
  "residency_requirements",
  "payment_timing",
  "other_public_support",
] as const;
export const TopicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof TopicIdSchema>;
