import "dotenv/config";
import { CONTENT_CHECKS } from "../../content/CONTENT_CHECKS.ts";
import { parseConfig } from "../../kernel/config.ts";
import type { CliCommand } from "./CliCommand.ts";

/**
 * `npm run -s cli -- content:check [dir]`: validates every content file that has a loader. Exit 0 with
 * a short summary, or exit 1 with one line per problem (file, path inside it, what is wrong).
 */
export const contentCheckCommand: CliCommand = async (args) => {
  const config = parseConfig(process.env);
  if (!config.ok) {
    process.stderr.write(`Configurazione non valida:\n${config.problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }
  const dir = args.find((a) => !a.startsWith("-")) ?? config.config.CONTENT_DIR;
  const problems: string[] = [];
  const summaries: string[] = [];
  for (const check of CONTENT_CHECKS) {
    const result = await check.run(dir);
    if (result.ok) summaries.push(`  ${check.name}: ${result.summary}`);
    else problems.push(...result.problems);
  }
  if (problems.length > 0) {
    process.stderr.write(
      `contenuti non validi (${problems.length} problemi):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
    );
    return 1;
  }
  process.stdout.write(`contenuti validi:\n${summaries.join("\n")}\n`);
  return 0;
};
