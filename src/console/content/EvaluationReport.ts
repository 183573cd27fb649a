import { z } from "zod";

export const TallySchema = z.object({ passed: z.number().int().min(0), total: z.number().int().min(0) });
export type Tally = z.infer<typeof TallySchema>;

/** A step that failed: what was said, what the step expects and what the bot answered. */
export const FailedStepSchema = z.object({
  step: z.number().int().min(1),
  say: z.string(),
  expected: z.string(),
  got: z.string(),
  why: z.array(z.string()),
});
export type FailedStep = z.infer<typeof FailedStepSchema>;

/** A dialogue or a question on the document, passed when every step it measures passed. */
export const EvaluatedItemSchema = z.object({
  name: z.string(),
  ok: z.boolean(),
  failed: z.array(FailedStepSchema),
});
export type EvaluatedItem = z.infer<typeof EvaluatedItemSchema>;

/**
 * One evaluation set run on one content version: items passed (a dialogue, a question), the rates
 * per group (steps per repair pattern for dialogues, questions per topic for facts) and every
 * item's verdict with its failed steps.
 */
export const SetReportSchema = z.object({
  items: TallySchema,
  groups: z.record(z.string(), TallySchema),
  results: z.array(EvaluatedItemSchema),
});
export type SetReport = z.infer<typeof SetReportSchema>;

/**
 * One content version evaluated on the dialogue set and the fact set: what the console compares
 * between the published content and a draft. `content:evaluate` prints it as JSON and the console
 * reads it back from that process, hence a schema.
 */
export const EvaluationReportSchema = z.object({
  seconds: z.number(),
  dialogue: SetReportSchema,
  facts: SetReportSchema,
});
export type EvaluationReport = z.infer<typeof EvaluationReportSchema>;
