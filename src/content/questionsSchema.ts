import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";
import { ProfileFieldSchema, ProfileSchema } from "./vocabulary/profileSchema.ts";
import { QUESTION_IDS, QuestionIdSchema } from "./vocabulary/questionIds.ts";

/** A button label is also the text the button sends back, and Telegram allows 64 bytes for it. */
const buttonText = z
  .string()
  .trim()
  .min(1)
  .refine((s) => Buffer.byteLength(s, "utf8") <= 64, { message: "a button label must fit in 64 bytes" });

export const QuestionOptionSchema = z.strictObject({
  label: z.strictObject({ it: buttonText, en: buttonText }),
  /** Other words a person may type for this answer. */
  accepts: z.array(z.string().min(1)).default([]),
  /** What the answer adds to the profile. */
  set: ProfileSchema.refine((patch) => Object.keys(patch).length > 0, {
    message: "`set` must set something",
  }),
});

export const QuestionSchema = z
  .strictObject({
    id: QuestionIdSchema,
    input: z.enum(["choice", "number", "ages", "yes_no", "place"]),
    field: ProfileFieldSchema,
    answered_by: z.array(ProfileFieldSchema).optional(),
    /** For `number` input: the field a typed number fills (the buttons fill `field`). */
    number_field: ProfileFieldSchema.optional(),
    text: LocalizedTextSchema,
    options: z.array(QuestionOptionSchema),
  })
  .superRefine((question, ctx) => {
    const allowed = new Set<string>([question.field, ...(question.answered_by ?? [])]);
    question.options.forEach((option, index) => {
      for (const key of Object.keys(option.set)) {
        if (!allowed.has(key)) {
          ctx.addIssue({
            code: "custom",
            path: ["options", index, "set", key],
            message: `this question fills "${question.field}", not "${key}"`,
          });
        }
      }
    });
    if (question.input === "number" && !question.number_field) {
      ctx.addIssue({
        code: "custom",
        path: ["number_field"],
        message: "a number question needs number_field",
      });
    }
    if ((question.input === "choice" || question.input === "yes_no") && question.options.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options"], message: "a choice needs at least two options" });
    }
  });
export type Question = z.infer<typeof QuestionSchema>;

/** `intents/programme/questions.yaml`: the interview's questions, each id exactly once. */
export const QuestionsFileSchema = z
  .strictObject({ questions: z.array(QuestionSchema) })
  .superRefine((file, ctx) => {
    checkListedOnce(ctx, ["questions"], file.questions, "id", { ids: QUESTION_IDS, name: "questions" });
  });
export type QuestionsFile = z.infer<typeof QuestionsFileSchema>;
