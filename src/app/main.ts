import "dotenv/config";
import { createLogger } from "../kernel/createLogger.ts";
import { ownCli } from "./evaluation/ownCli.ts";
import { readEnvConfig } from "./readEnvConfig.ts";
import { startService } from "./startService.ts";
import { stopOnSignals } from "./stopOnSignals.ts";

const config = readEnvConfig();
if (!config) process.exit(2);
const logger = createLogger(config);

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

try {
  stopOnSignals(await startService(config, logger, { evaluationCli: ownCli(import.meta.url) }), logger);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal({ err: message }, "start failed");
  process.stderr.write(`Avvio non riuscito: ${message}\n`);
  process.exit(1);
}
