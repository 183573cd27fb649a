import "dotenv/config";
import { summarizeContent } from "../../content/summarizeContent.ts";
import { tryLoadContent } from "../../content/tryLoadContent.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";

/**
 * `npm run -s cli -- content:check [dir]`: validates every content file. Exit 0 with
 * a short summary, or exit 1 with one line per problem (file, path inside it, what is wrong).
 */
export const contentCheckCommand: CliCommand = async (args) => {
  const config = readEnvConfig();
  if (!config) return 2;
  const dir = args.find((a) => !a.startsWith("-")) ?? config.CONTENT_DIR;
  const result = await tryLoadContent(dir);
  if (!result.ok) {
    const { problems } = result;
    process.stderr.write(
      `contenuti non validi (${problems.length} problemi):\n${problems.map((p) => `  - ${p}`).join("\n")}\n`,
    );
    return 1;
  }
  process.stdout.write(
    `contenuti validi:\n${summarizeContent(result.content)
      .map((line) => `  ${line}`)
      .join("\n")}\n`,
  );
  return 0;
};
