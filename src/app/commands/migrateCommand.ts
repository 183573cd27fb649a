import "dotenv/config";
import { parseConfig } from "../../kernel/config.ts";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import { openDatabase } from "../../persistence/openDatabase.ts";
import type { CliCommand } from "./CliCommand.ts";

/** Applies pending migrations without starting the service (the service also does it on start). */
export const migrateCommand: CliCommand = async () => {
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`Configurazione non valida:\n${parsed.problems.map((p) => `  ${p}`).join("\n")}\n`);
    return 2;
  }
  const db = await openDatabase({
    databaseUrl: parsed.config.DATABASE_URL,
    dataDir: parsed.config.DATA_DIR,
    attempts: parsed.config.DB_CONNECT_ATTEMPTS,
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
