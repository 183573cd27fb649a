import { readFile } from "node:fs/promises";
import { z } from "zod";
import { IntentIdSchema, LangSchema } from "../src/content/ids.ts";
import { EntitiesSchema } from "../src/conversation/nlu/Entities.ts";

export const NLU_EVAL_SET = "test/conversation/nlu/eval-set.jsonl";

export const NluEvalLineSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  intent: IntentIdSchema,
  lang: LangSchema,
  /** Every entity the text states; {} when it states none (spurious entities count as errors). */
  entities: EntitiesSchema.omit({ area: true }).strict().default({}),
});
export type NluEvalLine = z.infer<typeof NluEvalLineSchema>;

/** Reads the evaluation set, one JSON object per line, failing on the first bad line. */
export async function readNluEvalSet(file = NLU_EVAL_SET): Promise<NluEvalLine[]> {
  const text = await readFile(file, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, index) => {
      const parsed = NluEvalLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
