import type { TopicId } from "./topicIds.ts";

/**
 * Which `{placeholders}` the answer code fills, per template variant: the content loader rejects a
 * template that uses any other, so a typo in topics.yaml fails at start and not in front of a user.
 */
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
  "projects_2014",
  "care_percent",
  "networks_2014",
  "alliances_2014",
  "members_2014",
  "communication_items",
  "mailbox",
] as const;

const PROVINCE_FIGURES = ["province_name", "province_projects", "province_amount"] as const;

export const VARIANT_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  default: [],
  province: PROVINCE_FIGURES,
  province_one: PROVINCE_FIGURES,
  province_none: PROVINCE_FIGURES,
  resolved: ["place", "ats_name", "ats_website", "network_name"],
  need_place: [],
  need_comune: ["province_name", "areas"],
  unknown_comune: ["province_name", "comune"],
};

/** Variants each topic must provide; `province_one` is optional and falls back to `province`. */
export const REQUIRED_VARIANTS: Readonly<Record<TopicId, readonly string[]>> = {
  max_grant: ["default"],
  projects_funded: ["default", "province", "province_none"],
  funding: ["default", "province", "province_none"],
  which_ats: ["resolved", "need_place", "need_comune", "unknown_comune"],
  por_fse_notice: ["default"],
  deadlines: ["default"],
  networks_alliances: ["default"],
  results_2014_2016: ["default"],
  communication: ["default"],
  contacts: ["default"],
  overview: ["default"],
};

export const COMMON_PLACEHOLDERS: Readonly<Record<string, readonly string[]>> = {
  closed_programme: ["period_name", "period_end", "network_hint", "mailbox"],
  closed_notice: ["period_name", "period_end", "network_hint", "mailbox"],
  upcoming: ["period_name", "period_start"],
  network_hint_known: ["ats_name", "ats_website", "network_name"],
  place_province: ["province_name"],
  network_hint_unknown: [],
};
