import type { Logger } from "../kernel/createLogger.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import type { Database } from "../persistence/Database.ts";
import { purgeExpiredData } from "../persistence/privacy/purgeExpiredData.ts";

const DAY_MS = 86_400_000;

/**
 * RETENTION_DAYS enforced by the service itself: a purge at start and then every `everyMs`
 * (hourly by default), so no operator has to remember a cron job.
 */
export function createRetentionPurge(options: {
  db: Database;
  retentionDays: number;
  logger: Logger;
  everyMs?: number;
  now?: () => Date;
}): Required<Pick<ServiceModule, "start" | "stop">> & { name: string; runOnce(): Promise<void> } {
  const now = options.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  const runOnce = async () => {
    const at = now();
    const outcome = await purgeExpiredData(
      options.db,
      new Date(at.getTime() - options.retentionDays * DAY_MS),
      at,
    );
    if (outcome.conversations + outcome.submissions + outcome.mails > 0) {
      options.logger.info({ ...outcome, retentionDays: options.retentionDays }, "retention purge");
    }
  };
  const safeRun = () =>
    runOnce().catch((error: unknown) =>
      options.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "retention purge failed",
      ),
    );
  return {
    name: "retention-purge",
    start: async () => {
      void safeRun();
      timer = setInterval(safeRun, options.everyMs ?? 3_600_000);
      timer.unref();
    },
    stop: async () => {
      if (timer) clearInterval(timer);
    },
    runOnce,
  };
}
