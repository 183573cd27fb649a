import "dotenv/config";
import { parseConfig } from "../kernel/config.ts";
import { createLogger } from "../kernel/createLogger.ts";
import { startService } from "./startService.ts";
import { stopOnSignals } from "./stopOnSignals.ts";

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`Configurazione non valida:\n${parsed.problems.map((p) => `  ${p}`).join("\n")}\n`);
  process.exit(2);
}
const config = parsed.config;
const logger = createLogger(config);

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

try {
  stopOnSignals(await startService(config, logger), logger);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  logger.fatal({ err: message }, "start failed");
  process.stderr.write(`Avvio non riuscito: ${message}\n`);
  process.exit(1);
}
