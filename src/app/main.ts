import "dotenv/config";
import { parseConfig } from "./config.ts";
import { createLogger } from "./createLogger.ts";
import { startService } from "./startService.ts";

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`Configurazione non valida:\n${parsed.problems.map((p) => `  ${p}`).join("\n")}\n`);
  process.exit(2);
}
const config = parsed.config;
const logger = createLogger(config);

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

try {
  const service = await startService(config, logger);
  let signalled = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, "shutting down");
    const hardStop = setTimeout(() => {
      logger.error("shutdown took longer than 10 s, exiting");
      process.exit(1);
    }, 9_500);
    hardStop.unref();
    service.stop().then(
      () => {
        logger.info("stopped");
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
} catch (error) {
  logger.fatal({ err: error instanceof Error ? error.message : String(error) }, "start failed");
  process.stderr.write(`Avvio non riuscito: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
