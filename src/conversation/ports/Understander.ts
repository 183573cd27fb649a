/**
 * What the dialog needs from language understanding (issue 4 builds the classifier): one call per
 * free-text message, asked only when the dialog cannot settle the text itself (a button, a command,
 * a valid form value), so that sensitive inputs never travel further than needed.
 */
import { z } from "zod";
import { IntentIdSchema, type Lang, LangSchema, ProvinceCodeSchema } from "../ids.ts";

export const UnderstandingSchema = z.object({
  intent: IntentIdSchema,
  confidence: z.number().min(0).max(1),
  lang: LangSchema,
  entities: z
    .object({
      province: ProvinceCodeSchema.optional(),
      comune: z.string().optional(),
      employees: z.number().int().optional(),
      child_age: z.number().optional(),
      email: z.string().optional(),
      phone: z.string().optional(),
      tax_code: z.string().optional(),
      vat_number: z.string().optional(),
      date: z.string().optional(),
    })
    .default({}),
});
export type Understanding = z.infer<typeof UnderstandingSchema>;

export interface UnderstandContext {
  /** The conversation's language so far: a hint for very short texts. */
  lang: Lang;
  /** What the dialog is waiting for (a form field type, an interview question), when anything. */
  expecting?: string;
}

export interface Understander {
  understand(text: string, context: UnderstandContext): Promise<Understanding>;
}
