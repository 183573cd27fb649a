import { z } from "zod";

/**
 * What the code works out about a question before choosing the answer's text: the province whose
 * figures were asked, the ATS of a place, the action named, the state of the period. An answer in
 * topics.yaml is chosen with `when: { situation: [...] }` and may use the placeholders listed here.
 */
export const SITUATIONS = [
  "province",
  "province_one",
  "province_none",
  "resolved",
  "need_place",
  "need_comune",
  "unknown_comune",
  "ats_named",
  "action",
  "action_por_fse",
  "action_not_por_fse",
  "period_open",
  "period_closed",
  "period_upcoming",
] as const;
export const SituationSchema = z.enum(SITUATIONS);
export type Situation = z.infer<typeof SituationSchema>;

/** `province_projects` is the bare number, `province_projects_text` says it ("1 progetto", "nessun progetto"). */
const PROVINCE_FIGURES = [
  "province_name",
  "province_projects",
  "province_projects_text",
  "province_amount",
] as const;
const ACTION = [
  "action_title",
  "action_explanation",
  "action_who",
  "action_what",
  "action_examples",
] as const;
const PERIOD = ["period_name", "period_start", "period_end"] as const;

export const SITUATION_PLACEHOLDERS: Readonly<Record<Situation, readonly string[]>> = {
  province: PROVINCE_FIGURES,
  province_one: PROVINCE_FIGURES,
  province_none: PROVINCE_FIGURES,
  resolved: ["place", "ats_name", "ats_website", "network_name"],
  need_place: [],
  need_comune: ["province_name", "areas"],
  unknown_comune: ["province_name", "comune"],
  ats_named: ["named_ats", "named_ats_coverage", "named_ats_website", "named_ats_table"],
  action: ACTION,
  action_por_fse: ACTION,
  action_not_por_fse: ACTION,
  period_open: PERIOD,
  period_closed: PERIOD,
  period_upcoming: PERIOD,
};

/** Situations whose answer is about one action: its source is that action's part of the document. */
export const ACTION_SITUATIONS: ReadonlySet<Situation> = new Set([
  "ats_named",
  "action",
  "action_por_fse",
  "action_not_por_fse",
]);

/** Filled for every answer, already formatted in the person's language. */
export const GLOBAL_PLACEHOLDERS = [
  "decree_number",
  "decree_date",
  "admitted",
  "funded",
  "total_amount",
  "regional_budget",
  "alliance_projects",
  "system_actions",
  "networks_before",
  "networks_after",
  "law",
  "notice_date",
  "notice_fund",
  "max_share",
  "max_grant",
  "start",
  "end",
  "por_fse_actions",
  "por_fse_action_count",
  "projects_2014",
  "care_percent",
  "networks_2014",
  "alliances_2014",
  "members_2014",
  "communication_items",
  "mailbox",
  "network_hint",
  "firm_actions",
  "family_actions",
  "firm_action_count",
  "family_action_count",
  "firm_network_actions",
  "firm_network_action_count",
  "care_provider_actions",
  "care_provider_action_count",
  "ats_list",
  "province_table",
  "top_projects",
  "top_amount",
  "least_amount",
  "none_provinces",
] as const;

/** The shared sentences of topics.yaml and the placeholders each may use. */
export const COMMON_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  closed_programme: ["period_name", "period_end", "network_hint", "mailbox"],
  closed_notice: ["period_name", "period_end", "network_hint", "mailbox"],
  upcoming: ["period_name", "period_start"],
  network_hint_known: ["ats_name", "ats_website", "network_name"],
  network_hint_unknown: [],
  place_province: ["province_name"],
  source_line: ["source"],
  and: [],
  more_than: [],
  projects_none: [],
  projects_one: [],
  projects_many: ["n"],
  table_row: ["province_name", "projects", "amount"],
  table_total: ["projects", "amount"],
  top_projects_one: ["names", "n"],
  top_projects_many: ["names", "n"],
  top_amount: ["province_name", "amount"],
  none_provinces: ["names"],
  ats_row: ["ats_name", "coverage"],
};

/** Concepts the code computes from a message, usable in rules beside those of concepts.yaml. */
export const COMPUTED_CONCEPTS = ["$place", "$action", "$ats", "$other_year"] as const;
