import "dotenv/config";
import { randomUUID } from "node:crypto";
import { userInfo } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { runCliChat } from "../../channels/cli/runCliChat.ts";
import { applyMigrations } from "../../persistence/applyMigrations.ts";
import type { Database } from "../../persistence/Database.ts";
import { openDatabase } from "../../persistence/openDatabase.ts";
import { composeConversation } from "../composeConversation.ts";
import { readEnvConfig } from "../readEnvConfig.ts";
import type { CliCommand } from "./CliCommand.ts";

/**
 * `npm run -s cli -- chat [--user <key>] [--new] [--channel-data]`: talk to the bot in the
 * terminal, through the same conversation service and database as the server (embedded by
 * default, PostgreSQL with DATABASE_URL). The same user key resumes the same conversation; logs
 * go to stderr so stdout is the conversation only.
 */
export const chatCommand: CliCommand = async (args) => {
  const config = readEnvConfig();
  if (!config) return 2;
  const logger = pino({ level: process.env.LOG_LEVEL ? config.LOG_LEVEL : "warn" }, pino.destination(2));
  let db: Database;
  try {
    db = await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      attempts: 2,
      onRetry: () => undefined,
      onBackgroundError: (error) => logger.warn({ err: error.message }, "database connection error"),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!config.DATABASE_URL && message.includes("già in uso")) {
      process.stderr.write(
        `Il database incorporato in ${path.resolve(config.DATA_DIR)} è già aperto da un altro processo ` +
          "(probabilmente il server: npm start). Un database incorporato si apre da un solo processo alla volta.\n" +
          "Ferma il server e riprova, oppure avvia server e chat sullo stesso PostgreSQL con DATABASE_URL.\n",
      );
      return 1;
    }
    process.stderr.write(`Database non disponibile: ${message}\n`);
    return 1;
  }
  try {
    await applyMigrations(db.sql);
    const conversation = await composeConversation({ config, logger, db });
    await conversation.module.start?.();
    try {
      await runCliChat({
        gateway: conversation.service,
        userKey: userKey(args),
        input: process.stdin,
        output: process.stdout,
        echo: !process.stdin.isTTY,
        showChannelData: args.includes("--channel-data"),
      });
    } finally {
      await conversation.module.stop?.();
    }
    return 0;
  } finally {
    await db.close();
  }
};

function userKey(args: string[]): string {
  if (args.includes("--new")) return `terminal-${randomUUID()}`;
  const index = args.indexOf("--user");
  const given = index >= 0 ? args[index + 1] : undefined;
  return given ? `terminal-${given}` : `terminal-${userInfo().username}`;
}
