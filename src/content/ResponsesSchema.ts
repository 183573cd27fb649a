/**
 * The bot's own words (intents/responses/<lang>.yaml), kept as data so staff can reword them
 * without a developer. Every key is required in every language, so a missing translation stops
 * the start instead of showing an empty message.
 */
import { z } from "zod";
import { LangSchema } from "./ids.ts";

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
  /** A message over the length limit ({max} characters): not read, and the user is told so. */
  too_long: text,
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
  /** Resume codes, said by the conversation service before any dialog: {code}, {hours}. */
  resume: z.strictObject({
    issued: text,
    resumed: text,
    unknown_code: text,
    same_conversation: text,
    too_many_attempts: text,
  }),
  handoff: z.strictObject({
    queued: text,
    already_queued: text,
    /** Said by the staff console's desk: staff took the conversation, handed it back, closed it. */
    staff_joined: text,
    handed_back: text,
    closed: text,
    /** The place in line ({n}: people ahead) and the expected wait ({place}, {minutes}). */
    first_in_line: text,
    one_ahead: text,
    many_ahead: text,
    wait_one_minute: text,
    wait_minutes: text,
    /** The mailbox offer: why ({hours}, {opening} or {place}), then the offer ({mailbox}). */
    offer_closed: text,
    offer_long_wait: text,
    offer_forward: text,
    forward_button: text,
    wait_button: text,
    keep_waiting: text,
  }),
  /**
   * What channels say themselves: who wrote a staff reply ({name}), the web chat's screen-reader
   * lines ({label}, {text}), the answer to a message without text.
   */
  channel: z.strictObject({
    staff_named: text,
    staff_unnamed: text,
    bot_wrote: text,
    staff_wrote: text,
    not_text: text,
    /** Telegram's notice on a button of a message it no longer knows, and on a thumbs up / down. */
    stale_button: text,
    feedback_thanks: text,
  }),
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
    ask_comune_split: text,
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
    /** A button of a summary card that an edit has replaced: nothing happens, the current step is asked again. */
    card_outdated: text,
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
    name_format: text,
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
  /** Conversation repair, in every state: cancel, repeat, corrections, prefill, scope, clarification. */
  repair: z.strictObject({
    understood: text,
    corrected: text,
    cancelled: text,
    nothing_to_cancel: text,
    repeat: text,
    skipped: text,
    not_skippable: text,
    at_first_question: text,
    which_request: text,
    scope: text,
    offer_person: text,
    clarify: text,
    or: text,
    verdict_same: text,
    verdict_changed: text,
    verdict_added: text,
    verdict_removed: text,
    verdict_now: text,
    verdict_reopened: text,
    action_fits: text,
    action_not_fit: text,
    and: text,
    follow_up_unknown: text,
    facts: z.strictObject({
      firm: text,
      family: text,
      aspiring_entrepreneur: text,
      care_provider: text,
      firm_network: text,
      workers: text,
      commercial: text,
      artisan: text,
      other_sector: text,
      owner: text,
      employee: text,
      province: text,
      comune: text,
      children_ages: text,
      no_children: text,
      working_family: text,
      not_working_family: text,
      frail_relative: text,
      already_supported: text,
      not_already_supported: text,
      woman_excluded_from_work: text,
      conciliation_service_business: text,
    }),
  }),
  /** The staff queue as the dialogue tells it: waiting, office hours, forwarding with a contact. */
  queue: z.strictObject({
    ask_contact: text,
    contact_invalid: text,
    forwarded: text,
    already_forwarded: text,
    withdrawn: text,
    not_queued: text,
  }),
  /** Exhaustive: every command needs its phrases in every language. */
  commands: z.record(CommandIdSchema, phrases),
});
export type Responses = z.infer<typeof ResponsesSchema>;
/** What a channel says itself (who wrote a message, a message it cannot read). */
export type ChannelWords = Responses["channel"];
export type ErrorKey = keyof Responses["errors"];
