import { type RunningService, startService } from "../../src/app/startService.ts";
import { parseConfig } from "../../src/kernel/config.ts";
import { createLogger } from "../../src/kernel/createLogger.ts";
import { nodeArgsFor } from "./testBuild.ts";

/**
 * The whole server in-process on a free port, with the test defaults (quiet logs, loopback) and
 * `env` on top: DATA_DIR and, for PostgreSQL, DATABASE_URL come from the caller. Its draft
 * evaluations run the CLI from this run's bundle, as the tests' own processes do.
 */
export async function startServiceInProcess(env: Record<string, string>): Promise<RunningService> {
  const parsed = parseConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    ...env,
  });
  if (!parsed.ok) throw new Error(`test config: ${parsed.problems.join("; ")}`);
  return startService(parsed.config, createLogger(parsed.config), {
    evaluationCli: nodeArgsFor("src/app/cli.ts"),
  });
}
