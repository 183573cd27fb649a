/**
 * Canonical ids (DESIGN.md): a stable contract shared by content files, tests, analytics and
 * other tools. Adding an id here is a product decision, not a refactoring.
 */
import { z } from "zod";

export const ACTION_IDS = [
  "firm.welfare_tax_relief",
  "firm.second_level_bargaining",
  "firm.leave_flexibility_plans",
  "firm.smart_working",
  "firm.time_saving",
  "firm.network_synergy",
  "firm.female_self_employment",
  "family.fragile_care_transport",
  "family.childcare_voucher",
  "family.pre_post_school",
  "family.school_closure_camps",
  "family.sport_culture_leisure",
] as const;
export const ActionIdSchema = z.enum(ACTION_IDS);
export type ActionId = z.infer<typeof ActionIdSchema>;

export const CONVERSATION_INTENT_IDS = [
  "eligibility_check",
  "find_network",
  "programme_info",
  "por_fse_projects",
  "human_handoff",
  "leave_contact",
  "privacy",
  "greeting",
  "goodbye",
  "help",
  "out_of_scope",
] as const;
export const ConversationIntentIdSchema = z.enum(CONVERSATION_INTENT_IDS);
export type ConversationIntentId = z.infer<typeof ConversationIntentIdSchema>;

/** What the language understanding can answer: one of the twelve actions or a conversation intent. */
export const INTENT_IDS = [...ACTION_IDS, ...CONVERSATION_INTENT_IDS] as const;
export const IntentIdSchema = z.enum(INTENT_IDS);
export type IntentId = z.infer<typeof IntentIdSchema>;

export const PROVINCE_CODES = [
  "BG",
  "BS",
  "CO",
  "CR",
  "LC",
  "LO",
  "MN",
  "MI",
  "MB",
  "PV",
  "SO",
  "VA",
] as const;
export const ProvinceCodeSchema = z.enum(PROVINCE_CODES);
export type ProvinceCode = z.infer<typeof ProvinceCodeSchema>;

/** The eight ATS (Agenzie di Tutela della Salute, LR 23/2015), one conciliation network each. */
export const ATS_IDS = [
  "ats_bergamo",
  "ats_brescia",
  "ats_brianza",
  "ats_insubria",
  "ats_milano",
  "ats_montagna",
  "ats_pavia",
  "ats_val_padana",
] as const;
export const AtsIdSchema = z.enum(ATS_IDS);
export type AtsId = z.infer<typeof AtsIdSchema>;

export const LANGS = ["it", "en"] as const;
export const LangSchema = z.enum(LANGS);
export type Lang = z.infer<typeof LangSchema>;

export const CHANNELS = ["web", "telegram", "botframework", "cli"] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;
/**
 * How each channel gets its messages: a pull channel reads them (web and CLI, by watermark), a
 * push channel is sent them (channels/shared/createPushDelivery.ts). Replies on a pull channel
 * are stored as delivered, so the push channels' scan for undelivered messages never meets them.
 */
export const CHANNEL_DELIVERY: Record<Channel, "pull" | "push"> = {
  web: "pull",
  telegram: "push",
  botframework: "push",
  cli: "pull",
};

export const FORM_IDS = ["firm_request", "family_request", "self_employment_project"] as const;
export const FormIdSchema = z.enum(FORM_IDS);
export type FormId = z.infer<typeof FormIdSchema>;

export const HANDOFF_STATES = ["queued", "with_staff"] as const;
export const HandoffStateSchema = z.enum(HANDOFF_STATES);
