/**
 * Where the conversation stands when a step's message arrives: what the bot is waiting for
 * (issue 12: idle, interview, consent, form field, review, queued, off-hours offer), plus `place`
 * for the bot's own question about the user's province or comune.
 */
export const DIALOGUE_STATES = [
  "idle",
  "interview",
  "consent",
  "form_field",
  "review",
  "queued",
  "off_hours_offer",
  "place",
] as const;
