import { z } from "zod";
import { IntentIdSchema, LangSchema } from "../../content/ids.ts";
import { EntitiesSchema } from "./Entities.ts";

/**
 * What the bot understood of one message. `confidence` is a calibrated probability that `intent`
 * is right, so the conversation can decide when to ask back instead of guessing.
 */
export const UnderstandingSchema = z.object({
  intent: IntentIdSchema,
  confidence: z.number().min(0).max(1),
  lang: LangSchema,
  entities: EntitiesSchema,
  /** The best in-scope guesses, best first (useful for "did you mean…" buttons). */
  alternatives: z.array(z.object({ intent: IntentIdSchema, confidence: z.number().min(0).max(1) })),
  /** Who decided the intent: the offline model, or the optional LLM for a doubtful message. */
  source: z.enum(["offline", "llm"]),
});
export type Understanding = z.infer<typeof UnderstandingSchema>;
