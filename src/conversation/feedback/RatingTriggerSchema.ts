import { z } from "zod";

/** What ended the conversation when the 1–5 rating was asked: a sent request, a closed handoff, a goodbye. */
export const RatingTriggerSchema = z.enum(["submission", "handoff", "goodbye"]);
export type RatingTrigger = z.infer<typeof RatingTriggerSchema>;
