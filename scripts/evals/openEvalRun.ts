import type { z } from "zod";
import { type EvalFlags, parseEvalFlags } from "./parseEvalFlags.ts";
import { readEvalSet } from "./readEvalSet.ts";

/**
 * The command line and the evaluation file of a run: bad options stop it with exit code 2, a bad
 * file with its problems; `--filter` keeps the entries whose name contains the substring.
 */
export async function openEvalRun<E extends { name: string }>(
  command: string,
  file: string,
  schema: z.ZodType<E[]>,
): Promise<{ flags: EvalFlags; entries: E[] }> {
  const parsed = parseEvalFlags(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${command}: ${parsed.reason}`);
    process.exit(2);
  }
  const { flags } = parsed;
  const all = await readEvalSet(file, schema);
  return {
    flags,
    entries: all.filter((entry) => !flags.filter || entry.name.toLowerCase().includes(flags.filter)),
  };
}
