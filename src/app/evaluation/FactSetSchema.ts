import { z } from "zod";
import { CheckSchema } from "./CheckSchema.ts";
import { refineUniqueNames } from "./refineUniqueNames.ts";

export const FactStepSchema = CheckSchema.extend({
  /** Sent first to set the scene (the item measures the steps after it); dialog-check.mjs runs it like every other step. */
  context: z.literal(true).optional(),
  /**
   * The part of the programme document the answer must cite: channelData.source of some reply
   * contains one of these substrings (checked in-process only; dialog-check.mjs ignores it).
   */
  source: z.array(z.string().min(1)).min(1).optional(),
});

export const FactItemSchema = z
  .strictObject({
    name: z.string().min(1),
    /** What part of the programme document the item asks about (reports group by it). */
    topic: z.string().regex(/^[a-z0-9_]+$/),
    /** `honesty`: the document does not say; the bot must say so, point on and invent nothing. */
    kind: z.enum(["fact", "honesty"]),
    steps: z.array(FactStepSchema).min(1),
  })
  .superRefine((item, ctx) => {
    const questions = item.steps.filter((step) => !step.context);
    if (questions.length === 0)
      ctx.addIssue({ code: "custom", path: ["steps"], message: "no question step" });
    const last = item.steps[item.steps.length - 1];
    if (last?.context) ctx.addIssue({ code: "custom", path: ["steps"], message: "context steps come first" });
    if (item.kind === "honesty" && questions.some((step) => step.form !== false)) {
      ctx.addIssue({
        code: "custom",
        path: ["steps"],
        message: "an honesty question must check form: false",
      });
    }
  });
export type FactItem = z.infer<typeof FactItemSchema>;

/**
 * test/evals/facts.json: questions on the programme document, each a dialogue of dialog-check.mjs
 * (context steps first, then the question) with the figures expected and the source to cite.
 */
export const FactSetSchema = z.array(FactItemSchema).min(1).superRefine(refineUniqueNames);
