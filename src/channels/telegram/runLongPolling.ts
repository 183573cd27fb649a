import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../../kernel/createLogger.ts";
import type { SendFailure } from "./classifyTelegramError.ts";
import type { TelegramApi } from "./TelegramApi.ts";
import { telegramErrorForLog } from "./telegramErrorForLog.ts";

export interface LongPollingOptions {
  api: TelegramApi;
  classify: (error: unknown) => SendFailure;
  /** Handles one batch; the next `getUpdates` (which confirms this batch to Telegram) waits for it. */
  onUpdates: (updates: unknown[]) => Promise<void>;
  logger: Logger;
  timeoutSeconds?: number;
  /** Pause after an empty answer that came back at once (servers that do not hold the request). */
  idleDelayMs?: number;
}

function updateIdOf(update: unknown): number | undefined {
  return typeof update === "object" &&
    update !== null &&
    "update_id" in update &&
    typeof update.update_id === "number"
    ? update.update_id
    : undefined;
}

/**
 * Development mode: asks Telegram for updates in a loop. The offset advances only after a batch
 * is handled, so updates of a batch interrupted by a crash come again (and are recognised as
 * repeats by their `update_id`). Stops for good on 401 (wrong token) or 409 (a webhook is set, or
 * another process polls the same bot).
 */
export function runLongPolling(options: LongPollingOptions) {
  const { api, logger } = options;
  const timeoutSeconds = options.timeoutSeconds ?? 25;
  const idleDelayMs = options.idleDelayMs ?? 250;
  let stopped = false;
  let wake: AbortController | undefined;

  const pause = async (ms: number) => {
    wake = new AbortController();
    await sleep(ms, undefined, { signal: wake.signal }).catch(() => undefined);
  };

  const loop = (async () => {
    let offset = 0;
    let failures = 0;
    while (!stopped) {
      const startedAt = Date.now();
      let updates: unknown[];
      try {
        updates = await api.getUpdates(offset, timeoutSeconds);
        failures = 0;
      } catch (error) {
        if (stopped) break;
        const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
        if (code === 401 || code === 409) {
          logger.error(
            { err: telegramErrorForLog(error) },
            "Telegram long polling stopped: wrong token, or a webhook/another poller is active",
          );
          return;
        }
        failures += 1;
        const failure = options.classify(error);
        const delay =
          failure.kind === "retry_after" ? failure.ms : Math.min(30_000, 1_000 * 2 ** (failures - 1));
        logger.warn({ err: telegramErrorForLog(error), delay }, "Telegram getUpdates failed, retrying");
        await pause(delay);
        continue;
      }
      if (stopped) break;
      const ids = updates.map(updateIdOf).filter((id) => id !== undefined);
      if (ids.length > 0) offset = Math.max(...ids) + 1;
      if (updates.length > 0) {
        const handled = await options.onUpdates(updates).then(
          () => true,
          (error: unknown) => {
            logger.error({ err: error }, "Telegram updates not handled; asking for them again");
            return false;
          },
        );
        if (!handled) {
          if (ids.length > 0) offset = Math.min(...ids);
          await pause(1_000);
        }
      } else if (Date.now() - startedAt < idleDelayMs) {
        await pause(idleDelayMs);
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.abort();
      // Not awaiting an in-flight long poll: its answer is ignored and Telegram sends it again.
      await Promise.race([loop, sleep(100)]);
    },
  };
}
