import { z } from "zod";

/**
 * The dialogue acts the repair patterns react to, whatever the conversation is doing. They are
 * about steering the conversation, never about the programme: that is the flows' business.
 */
export const ACT_IDS = [
  "cancel",
  "repeat",
  "back",
  "skip",
  "affirm",
  "deny",
  "correction",
  "follow_up",
  "form_request",
  "queue_wait",
  "person_request",
] as const;
export const ActIdSchema = z.enum(ACT_IDS);
export type ActId = z.infer<typeof ActIdSchema>;
