import type { Logger } from "../kernel/createLogger.ts";
import type { RunningService } from "./startService.ts";

/**
 * SIGTERM/SIGINT: stop accepting, let in-flight requests finish, close the database, exit 0 —
 * all within 10 s (container orchestrators kill after that).
 */
export function stopOnSignals(service: RunningService, logger: Logger): void {
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
    service.stop(8_000).then(
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
}
