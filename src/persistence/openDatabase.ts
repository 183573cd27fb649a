import { setTimeout as sleep } from "node:timers/promises";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import type { Database } from "./Database.ts";
import { openPglite } from "./openPglite.ts";
import { openPostgres } from "./openPostgres.ts";

export interface OpenDatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  attempts: number;
  onRetry: (attempt: number, delayMs: number, error: Error) => void;
  onBackgroundError: (error: Error) => void;
}

/**
 * PostgreSQL when a URL is configured (retried with exponential backoff: the server may still be
 * starting), otherwise the embedded database in the data folder.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const url = options.databaseUrl;
  if (!url) return openPglite(options.dataDir);
  for (let attempt = 1; ; attempt++) {
    try {
      return await openPostgres({ url, onBackgroundError: options.onBackgroundError });
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      if (attempt >= options.attempts) {
        throw new InfrastructureError(
          "unavailable",
          `database PostgreSQL non raggiungibile dopo ${attempt} tentativi: ${err.message}`,
          {
            cause: err,
          },
        );
      }
      const delayMs = Math.min(500 * 2 ** (attempt - 1), 8_000);
      options.onRetry(attempt, delayMs, err);
      await sleep(delayMs);
    }
  }
}
