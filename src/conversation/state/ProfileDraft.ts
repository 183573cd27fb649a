import { z } from "zod";

/**
 * The eligibility profile collected so far (answers to the interview), keyed by the profile field
 * the eligibility engine asked about. Values stay plain JSON so the profile schema can grow without
 * breaking stored conversations; the eligibility engine parses it before use.
 */
export const ProfileDraftSchema = z.record(
  z.string(),
  z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
);
export type ProfileDraft = z.infer<typeof ProfileDraftSchema>;
