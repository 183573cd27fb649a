import "dotenv/config";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import { openDatabase } from "../../persistence/openDatabase.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";

/** Applies pending migrations without starting the service (the service also does it on start). */
export const migrateCommand: CliCommand = async () => {
  const config = readEnvConfig();
  if (!config) return 2;
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    attempts: config.DB_CONNECT_ATTEMPTS,
    onRetry: (attempt, delayMs) =>
      process.stderr.write(`database non raggiungibile, nuovo tentativo ${attempt} tra ${delayMs} ms\n`),
    onBackgroundError: () => undefined,
  });
  try {
    const outcome = await applyMigrations(db.sql);
    process.stdout.write(
      `${db.kind}: ${outcome.applied.length} migrazioni applicate, ${outcome.alreadyApplied} già presenti\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
};
