/**
 * The bot's own words (intents/responses/<lang>.yaml), kept as data so staff can reword them
 * without a developer. Every key is required in every language, so a missing translation stops
 * the start instead of showing an empty message.
 */
import { z } from "zod";
import { LangSchema } from "../ids.ts";

/** Not trimmed: a fragment such as " e riceverai…" keeps its leading space. */
const text = z.string().refine((t) => t.trim() !== "", { message: "must not be empty" });
const phrases = z.array(text).min(1);

export const COMMAND_IDS = [
  "yes",
  "no",
  "back",
  "cancel",
  "skip",
  "edit",
  "submit",
  "menu",
  "erase",
  "person",
  "firm",
  "family",
  "self_employment",
  "leave_request",
] as const;
export const CommandIdSchema = z.enum(COMMAND_IDS);
export type CommandId = z.infer<typeof CommandIdSchema>;

export const ResponsesSchema = z.strictObject({
  lang: LangSchema,
  opening: z.strictObject({ intro: text, privacy: text, menu_prompt: text, welcome_back: text }),
  menu: z.strictObject({ firm: text, family: text, self_employment: text, person: text, main: text }),
  help: text,
  goodbye: text,
  thanks: text,
  fallback: z.strictObject({ first: text, second: text }),
  privacy: z.strictObject({ notice: text }),
  erase: z.strictObject({
    confirm: text,
    references_part: text,
    yes: text,
    no: text,
    done: text,
    done_references_part: text,
    kept: text,
  }),
  handoff: z.strictObject({ queued: text, already_queued: text }),
  interview: z.strictObject({
    start_firm: text,
    start_family: text,
    start_self_employment: text,
    not_understood: text,
    back_to_question: text,
    verdict_title: text,
    eligible_intro: text,
    none_eligible: text,
    not_eligible_intro: text,
    network: text,
    how_to_apply: text,
    period_closed: text,
    offer_form: text,
    offer_person: text,
  }),
  place: z.strictObject({
    ask_province: text,
    ask_comune: text,
    unknown_province: text,
    /** The last of the province buttons: somewhere else, or not sure. */
    other_button: text,
    other_province: text,
  }),
  form: z.strictObject({
    consent: text,
    consent_yes: text,
    consent_no: text,
    consent_needed: text,
    declined: text,
    current_value: text,
    optional_hint: text,
    skip: text,
    back: text,
    at_first_field: text,
    cancelled: text,
    /** A button of a summary already sent (or closed) was pressed again: nothing happens. */
    already_sent: text,
    nothing_to_send: text,
    resume: text,
    too_many_attempts: text,
    skip_or_person_optional: text,
    skip_or_person_required: text,
    review_title: text,
    review_prompt: text,
    submit: text,
    edit: text,
    cancel: text,
    pick_field: text,
    unknown_field: text,
    empty_value: text,
    sent: text,
    receipt_part: text,
    review_first: text,
  }),
  errors: z.strictObject({
    required: text,
    too_long: text,
    too_short: text,
    email_missing_at: text,
    email_spaces: text,
    email_domain: text,
    phone_chars: text,
    phone_length: text,
    phone_prefix: text,
    cf_length: text,
    cf_shape: text,
    cf_check: text,
    piva_chars: text,
    piva_length: text,
    piva_check: text,
    province_unknown: text,
    comune_other_province: text,
    comune_invalid: text,
    integer_format: text,
    integer_range: text,
    choice_unknown: text,
  }),
  feedback: z.strictObject({
    helpful: text,
    not_helpful: text,
    thanks: text,
    ask_missing: text,
    comment_thanks: text,
    comment_skipped: text,
    skip: text,
    person: text,
    rating_prompt: text,
    rating_thanks: text,
    rating_skipped: text,
  }),
  /** Exhaustive: every command needs its phrases in every language. */
  commands: z.record(CommandIdSchema, phrases),
});
export type Responses = z.infer<typeof ResponsesSchema>;
export type ErrorKey = keyof Responses["errors"];
