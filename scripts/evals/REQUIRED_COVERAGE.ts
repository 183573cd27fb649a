import type { DIALOGUE_STATES } from "../../src/app/evaluation/DIALOGUE_STATES.ts";
import type { REPAIR_PATTERNS } from "../../src/app/evaluation/REPAIR_PATTERNS.ts";

type Pattern = (typeof REPAIR_PATTERNS)[number];
type State = (typeof DIALOGUE_STATES)[number];

/**
 * The pattern × state pairs the dialogue set must exercise (issue 12: every pattern in every
 * state where it makes sense). Left out on purpose: a cancel or a digression with nothing pending
 * (idle), a skip where nothing is optional (consent, review), a bare answer where nothing was
 * asked, and the queue patterns outside a handoff.
 */
export const REQUIRED_COVERAGE: Readonly<Record<Exclude<Pattern, "guided">, readonly State[]>> = {
  follow_up: ["idle", "interview", "form_field", "queued"],
  bare_answer: ["idle", "interview", "form_field", "place"],
  correction: ["idle", "interview", "form_field", "review", "place"],
  digression: ["interview", "consent", "form_field", "review", "place", "queued", "off_hours_offer"],
  cancel: ["interview", "consent", "form_field", "review", "place", "queued", "off_hours_offer"],
  skip: ["interview", "form_field", "place"],
  repeat: ["interview", "consent", "form_field", "review", "place", "queued", "off_hours_offer"],
  clarification: ["idle", "interview"],
  consent: ["interview", "consent", "review", "off_hours_offer"],
  chitchat: ["idle", "interview", "consent", "form_field", "review", "place", "queued", "off_hours_offer"],
  form_request: ["idle", "interview", "queued", "off_hours_offer"],
  queued: ["queued", "off_hours_offer"],
  off_hours: ["idle", "interview", "form_field", "off_hours_offer"],
  prefill: ["idle", "interview", "form_field", "queued"],
  short_reply: ["idle", "interview"],
};
