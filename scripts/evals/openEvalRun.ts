import path from "node:path";
import type { z } from "zod";
import { readEvalSet } from "../../src/app/evaluation/readEvalSet.ts";
import { type EvalFlags, parseEvalFlags } from "./parseEvalFlags.ts";

/**
 * The command line and the evaluation file of a run: bad options stop it with exit code 2, a bad
 * file with its problems; `--filter` keeps the entries whose name contains the substring, `--file`
 * reads another set of the same kind (relative to the current folder) instead of `file`.
 */
export async function openEvalRun<E extends { name: string }>(
  command: string,
  file: string,
  schema: z.ZodType<E[]>,
): Promise<{ flags: EvalFlags; entries: E[]; file: string }> {
  const parsed = parseEvalFlags(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${command}: ${parsed.reason}`);
    process.exit(2);
  }
  const { flags } = parsed;
  const chosen = flags.file ? path.resolve(flags.file) : file;
  const all = await readEvalSet(chosen, schema);
  return {
    flags,
    file: chosen,
    entries: all.filter((entry) => !flags.filter || entry.name.toLowerCase().includes(flags.filter)),
  };
}
