import { z } from "zod";
import { FormIdSchema, INTENT_IDS, IntentIdSchema } from "./ids.ts";

const utterance = z.string().trim().min(1).max(500);

/** Where the conversation goes for an intent: an answer key, a dialog, or a form. Exactly one. */
export const LeadsToSchema = z.union([
  z.strictObject({ answer: z.string().min(1) }),
  z.strictObject({ dialog: z.string().min(1) }),
  z.strictObject({ form: FormIdSchema }),
]);

/** One `intents/nlu/<intent>.yaml` file. */
export const NluIntentFileSchema = z.strictObject({
  intent: IntentIdSchema,
  description: z.strictObject({ it: z.string().min(1), en: z.string().min(1) }),
  leads_to: LeadsToSchema,
  utterances: z.strictObject({
    it: z.array(utterance).min(30, "at least 30 Italian utterances"),
    en: z.array(utterance).min(10, "at least 10 English utterances"),
  }),
});
export type NluIntentFile = z.infer<typeof NluIntentFileSchema>;

/** `intents/nlu/lexicon.yaml`: concept name → words and phrases (a trailing * matches any ending). */
export const LexiconSchema = z.strictObject({
  concepts: z.record(z.string().regex(/^[a-z_]+$/), z.array(z.string().trim().min(1)).min(1)),
});
export type Lexicon = z.infer<typeof LexiconSchema>;

/** All intents, each exactly once, and the lexicon: what the classifier is trained on. */
export const TrainingDataSchema = z
  .object({ intents: z.array(NluIntentFileSchema), lexicon: LexiconSchema })
  .superRefine((data, ctx) => {
    const seen = new Set<string>();
    data.intents.forEach((file, index) => {
      if (seen.has(file.intent)) {
        ctx.addIssue({ code: "custom", path: ["intents", index, "intent"], message: `${file.intent} twice` });
      }
      seen.add(file.intent);
    });
    const missing = INTENT_IDS.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", path: ["intents"], message: `missing intents: ${missing.join(", ")}` });
    }
  });
export type TrainingData = z.infer<typeof TrainingDataSchema>;
