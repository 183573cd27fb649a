import type { Server } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { Config } from "../kernel/config.ts";
import type { Logger } from "../kernel/createLogger.ts";
import type { ServiceModule } from "../kernel/ServiceModule.ts";
import { withTimeout } from "../kernel/withTimeout.ts";
import { applyMigrations, migrationsAreApplied, readMigrationFiles } from "../persistence/applyMigrations.ts";
import type { Database } from "../persistence/Database.ts";
import { openDatabase } from "../persistence/openDatabase.ts";
import { composeModules } from "./composeModules.ts";
import { createHttpApp } from "./createHttpApp.ts";

export interface RunningService {
  url: string;
  port: number;
  server: Server;
  db: Database;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes everything. */
  stop(graceMs?: number): Promise<void>;
}

/** How long the readiness check waits for the database before it answers "not ready". */
const READINESS_MS = 2_000;

/** What a program that embeds the service adds to what the configuration composes. */
export interface ServiceExtras {
  /** Parts of its own (a benchmark's floor route, a test fixture). */
  modules?: ServiceModule[];
  /**
   * How to start the CLI for the console's draft evaluations: the entry point's own build
   * (`ownCli(import.meta.url)`), or, for a service run from the sources inside a test process,
   * the tests' bundle rather than tsx.
   */
  evaluationCli: readonly string[];
}

/** Opens and migrates the database, composes the modules, listens. */
export async function startService(
  config: Config,
  logger: Logger,
  extras: ServiceExtras,
): Promise<RunningService> {
  const startedAt = performance.now();
  const db = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    attempts: config.DB_CONNECT_ATTEMPTS,
    onRetry: (attempt, delayMs, error) =>
      logger.warn({ attempt, delayMs, err: error.message }, "database not reachable yet, retrying"),
    onBackgroundError: (error) => logger.warn({ err: error.message }, "database connection error"),
  });
  try {
    const outcome = await applyMigrations(db.sql);
    logger.info({ database: db.kind, ...outcome }, "database ready");
  } catch (error) {
    await db.close().catch(() => undefined);
    throw error;
  }
  const migrationNames = (await readMigrationFiles()).map((m) => m.name);

  const modules = [
    ...(await composeModules({ config, logger, db }, { evaluationCli: extras.evaluationCli })),
    ...(extras.modules ?? []),
  ];
  const app = createHttpApp({
    logger,
    trustProxy: config.TRUST_PROXY,
    modules,
    readiness: async () => {
      try {
        const ok = await withTimeout(
          migrationsAreApplied(db.sql, migrationNames),
          READINESS_MS,
          `nessuna risposta entro ${READINESS_MS} ms`,
        );
        return ok ? { ready: true } : { ready: false, reason: "migrations_pending" };
      } catch {
        return { ready: false, reason: "database_unreachable" };
      }
    },
  });

  const server = await app.listen(config.PORT, config.HOST);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  for (const module of modules) module.attach?.(server);
  for (const module of modules) await module.start?.();

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
  const url = `http://${host}:${port}`;
  logger.info({ url, ms: Math.round(performance.now() - startedAt) }, "conciliabot listening");

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 8_000) => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(
        modules.map((module) =>
          module
            .drain?.()
            .catch((error: unknown) => logger.error({ err: error, module: module.name }, "drain failed")),
        ),
      );
      // Keep-alive connections become idle as their last response ends: close them as they do.
      const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      const forced = sleep(graceMs, undefined, { ref: false }).then(() => server.closeAllConnections());
      await Promise.race([closed, forced]);
      clearInterval(idleSweep);
      for (const module of [...modules].reverse()) {
        await module
          .stop?.()
          .catch((error: unknown) => logger.error({ err: error, module: module.name }, "stop failed"));
      }
      await db.close();
    })();
    return stopping;
  };
  return { url, port, server, db, stop };
}
