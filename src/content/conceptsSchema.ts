import { z } from "zod";

/** Concept names are written in rules (`all: [voucher, how_much]`); `$` names are computed by the code. */
export const ConceptNameSchema = z.string().regex(/^[a-z0-9_]+$/, "expected a snake_case concept name");

/**
 * A word or phrase people write; a trailing "*" matches any ending ("finanziat*"). Numbers written
 * bare in YAML ("80", 2014) are kept as text.
 */
export const ConceptPatternSchema = z
  .union([z.string().trim().min(1), z.number()])
  .transform(String)
  .refine((p) => !p.slice(0, -1).includes("*"), { message: "a * may only end a pattern" });

/** `intents/programme/concepts.yaml`: the words of programme questions, grouped by meaning. */
export const ConceptsFileSchema = z.strictObject({
  concepts: z.record(ConceptNameSchema, z.array(ConceptPatternSchema).min(1)),
});
export type ConceptsFile = z.infer<typeof ConceptsFileSchema>;
