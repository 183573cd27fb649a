import { z } from "zod";

/** Where staff are with a filed request; `new` is what the bot stores. */
export const SubmissionStatusSchema = z.enum(["new", "in_review", "contacted", "closed"]);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  new: "Nuova",
  in_review: "In lavorazione",
  contacted: "Ricontattata",
  closed: "Chiusa",
};
