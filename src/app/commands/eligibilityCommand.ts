import "dotenv/config";
import { text } from "node:stream/consumers";
import { ContentError } from "../../content/ContentError.ts";
import { formatContentPath } from "../../content/formatContentPath.ts";
import { loadContent } from "../../content/loadContent.ts";
import { ProfileSchema } from "../../content/vocabulary/profileSchema.ts";
import { evaluateEligibility } from "../../conversation/eligibility/evaluateEligibility.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";

/**
 * `npm run -s cli -- eligibility [--today=YYYY-MM-DD] < profile.json`: the engine's verdict as JSON on
 * stdout. A profile that is not JSON or not valid is the caller's mistake: reasons on stderr, exit 2.
 */
export const eligibilityCommand: CliCommand = async (args) => {
  const config = readEnvConfig();
  if (!config) return 2;
  const todayArg = args.find((a) => a.startsWith("--today="))?.slice("--today=".length);
  if (todayArg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(todayArg)) {
    process.stderr.write(`errore: --today vuole una data AAAA-MM-GG, non "${todayArg}"\n`);
    return 2;
  }
  const input = await text(process.stdin);
  let json: unknown;
  try {
    json = JSON.parse(input);
  } catch (error) {
    process.stderr.write(
      `errore: il profilo non è JSON valido (${error instanceof Error ? error.message : String(error)})\n`,
    );
    return 2;
  }
  const profile = ProfileSchema.safeParse(json);
  if (!profile.success) {
    const lines = profile.error.issues.map((issue) => `  ${formatContentPath(issue.path)}: ${issue.message}`);
    process.stderr.write(`errore: profilo non valido:\n${lines.join("\n")}\n`);
    return 2;
  }
  try {
    const content = await loadContent(config.CONTENT_DIR);
    const today = todayArg ?? new Date().toISOString().slice(0, 10);
    process.stdout.write(`${JSON.stringify(evaluateEligibility(profile.data, content, today), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
};
