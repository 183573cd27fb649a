import { z } from "zod";
import { ActionIdSchema } from "../../content/ids.ts";

const phrases = z.array(z.string().min(1)).min(1);

/**
 * The checks of ../shared/tools/dialog-check.mjs, field by field, so one file runs both in-process
 * and against a live server. `understood` and `handoff` only have a meaning when false there, so
 * nothing else is accepted here: a check the live tool would ignore is never written.
 */
export const CheckSchema = z.strictObject({
  say: z.string().min(1),
  /** Web Chat locale of the message; the language of the step in the reports (default it-IT). */
  locale: z.enum(["it-IT", "en-US"]).optional(),
  any: phrases.optional(),
  all: phrases.optional(),
  groups: z.array(phrases).min(1).optional(),
  min: z.strictObject({ n: z.number().int().min(1), of: phrases }).optional(),
  none: phrases.optional(),
  understood: z.literal(false).optional(),
  form: z.boolean().optional(),
  handoff: z.literal(false).optional(),
  actions: z.array(ActionIdSchema).min(1).optional(),
});
export type Check = z.infer<typeof CheckSchema>;
