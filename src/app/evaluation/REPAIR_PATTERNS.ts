/**
 * The conversation-repair patterns of issue 12 that a dialogue step can exercise, plus `guided`
 * for ordinary steps of the guided path (and setup steps that are not the point of a dialogue).
 */
export const REPAIR_PATTERNS = [
  "follow_up",
  "bare_answer",
  "correction",
  "digression",
  "cancel",
  "skip",
  "repeat",
  "clarification",
  "consent",
  "chitchat",
  "form_request",
  "queued",
  "off_hours",
  "prefill",
  "short_reply",
  "guided",
] as const;
