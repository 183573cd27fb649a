import { readFile } from "node:fs/promises";
import type { z } from "zod";

/** Reads and validates an evaluation file; a broken file stops the run with every problem listed. */
export async function readEvalSet<T extends z.ZodType>(file: string, schema: T): Promise<z.infer<T>> {
  const parsed = schema.safeParse(JSON.parse(await readFile(file, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`${file} is not a valid evaluation set:\n${problems.join("\n")}`);
  }
  return parsed.data;
}
