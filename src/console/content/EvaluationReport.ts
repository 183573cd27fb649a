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

export const GroupChangeSchema = z.object({ group: z.string(), published: TallySchema, draft: TallySchema });

export const SetComparisonSchema = z.object({
  items: z.object({ published: TallySchema, draft: TallySchema }),
  /** Every group measured on either side, those whose rate changed first. */
  groups: z.array(GroupChangeSchema),
  /** Passed on the published content (or new), failing on the draft: the draft's failed steps. */
  newlyFailing: z.array(EvaluatedItemSchema),
  /** Failing on the published content, passing on the draft: the steps that used to fail. */
  newlyPassing: z.array(EvaluatedItemSchema),
  /** Failing on both sides (not listed: they are not the draft's doing). */
  stillFailing: z.number().int().min(0),
});
export type SetComparison = z.infer<typeof SetComparisonSchema>;

export const EvaluationComparisonSchema = z.object({
  seconds: z.object({ published: z.number(), draft: z.number() }),
  dialogue: SetComparisonSchema,
  facts: SetComparisonSchema,
});
export type EvaluationComparison = z.infer<typeof EvaluationComparisonSchema>;

/** Where the last draft evaluation stands; stored as JSON for every instance to read back. */
export const EvaluationStateSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("idle") }),
  z.object({
    status: z.literal("running"),
    id: z.string(),
    startedAt: z.string(),
    filter: z.string().nullable(),
  }),
  z.object({
    status: z.literal("done"),
    id: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    filter: z.string().nullable(),
    comparison: EvaluationComparisonSchema,
  }),
  z.object({
    status: z.literal("failed"),
    id: z.string(),
    startedAt: z.string(),
    finishedAt: z.string(),
    message: z.string(),
  }),
]);
export type EvaluationState = z.infer<typeof EvaluationStateSchema>;
