import { z } from "zod";

export interface EvalFlags {
  json: boolean;
  /** Only dialogues (or items) whose name contains this, case-insensitive. */
  filter: string | undefined;
  /** Pass rate (0–1) below which the process exits with 1; without it the exit code is always 0. */
  min: number | undefined;
  /** Print the bot's replies to every step, passed or not. */
  verbose: boolean;
  /** Another evaluation file of the same kind (e.g. a held-out set), instead of the command's own. */
  file: string | undefined;
}

const RateSchema = z.coerce
  .number()
  .min(0)
  .max(100)
  .transform((n) => (n > 1 ? n / 100 : n));

export type EvalFlagsResult = { ok: true; flags: EvalFlags } | { ok: false; reason: string };

/** `--json`, `--filter <substring>`, `--min <rate>` (0.95 or 95), `--verbose`, `--file <path>`. */
export function parseEvalFlags(argv: string[]): EvalFlagsResult {
  const flags: EvalFlags = {
    json: false,
    filter: undefined,
    min: undefined,
    verbose: false,
    file: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") flags.json = true;
    else if (arg === "--verbose") flags.verbose = true;
    else if (arg === "--filter" || arg === "--min" || arg === "--file") {
      const value = argv[++i];
      if (value === undefined) return { ok: false, reason: `${arg} needs a value` };
      if (arg === "--filter") flags.filter = value.toLowerCase();
      else if (arg === "--file") flags.file = value;
      else {
        const rate = RateSchema.safeParse(value);
        if (!rate.success) return { ok: false, reason: `--min ${value}: expected a rate such as 0.95 or 95` };
        flags.min = rate.data;
      }
    } else return { ok: false, reason: `unknown option ${arg}` };
  }
  return { ok: true, flags };
}
