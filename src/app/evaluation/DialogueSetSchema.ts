import { z } from "zod";
import { CheckSchema } from "./CheckSchema.ts";
import { DIALOGUE_STATES } from "./DIALOGUE_STATES.ts";
import { REPAIR_PATTERNS } from "./REPAIR_PATTERNS.ts";
import { refineUniqueNames } from "./refineUniqueNames.ts";

export const DialogueStepSchema = CheckSchema.extend({
  pattern: z.enum(REPAIR_PATTERNS),
  state: z.enum(DIALOGUE_STATES),
});

export const DialogueSchema = z.strictObject({
  name: z.string().min(1),
  /** Run on a service whose OFFICE_HOURS exclude now (dialog-check.mjs: start the server so). */
  office_closed: z.boolean().optional(),
  steps: z.array(DialogueStepSchema).min(1),
});
export type Dialogue = z.infer<typeof DialogueSchema>;

/** test/evals/dialogues.json: the dev.json format of dialog-check.mjs plus a pattern and a state per step. */
export const DialogueSetSchema = z.array(DialogueSchema).min(1).superRefine(refineUniqueNames);
