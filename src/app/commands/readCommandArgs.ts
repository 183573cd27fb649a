import { type ParseArgsConfig, parseArgs } from "node:util";
import type { z } from "zod";

/**
 * A command's arguments read with node's parseArgs and checked with its zod schema; with `takesDir`
 * the first positional argument is `dir` (empty when missing, so the schema names it), without it a
 * positional argument is a mistake. A mistake is printed with the usage and comes back as
 * undefined, so the command exits 2 without a stack trace.
 */
export function readCommandArgs<S extends z.ZodType>(
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  schema: S,
  usage: string,
  takesDir: boolean,
): z.infer<S> | undefined {
  let input: Record<string, unknown>;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      allowPositionals: takesDir,
      strict: true,
    });
    input = takesDir ? { ...values, dir: positionals[0] ?? "" } : { ...values };
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return undefined;
  }
  const args = schema.safeParse(input);
  if (!args.success) {
    process.stderr.write(`${args.error.issues.map((i) => i.message).join("\n")}\n${usage}`);
    return undefined;
  }
  return args.data;
}
