import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { composeConsoleAndConversation } from "../../../../src/app/composeConsoleAndConversation.ts";
import { createHttpApp } from "../../../../src/app/createHttpApp.ts";
import { runEvaluationProcess } from "../../../../src/app/evaluation/runEvaluationProcess.ts";
import { hashPassword } from "../../../../src/console/auth/hashPassword.ts";
import type { StaffRole } from "../../../../src/console/auth/StaffRole.ts";
import type { AtsId } from "../../../../src/content/ids.ts";
import { parseConfig } from "../../../../src/kernel/config.ts";
import { createLogger } from "../../../../src/kernel/createLogger.ts";
import { applyMigrations } from "../../../../src/persistence/applyMigrations.ts";
import type { Database } from "../../../../src/persistence/Database.ts";
import { openPglite } from "../../../../src/persistence/openPglite.ts";
import { openPostgres } from "../../../../src/persistence/openPostgres.ts";
import { insertStaff } from "../../../../src/persistence/staff/insertStaff.ts";
import { nodeArgsFor } from "../../../support/testBuild.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget } from "../../../support/testDatabase.ts";
import { StaffClient } from "./StaffClient.ts";

export type ConsoleHarness = Awaited<ReturnType<typeof startConsoleHarness>>;

/**
 * The conversation service and the console wired as in composeModules (same three lines), on a
 * fresh database of the kind under test, with the gateway in hand so a test can play the user.
 */
export async function startConsoleHarness(
  env: Record<string, string> = {},
  /** Another instance's database (PostgreSQL): shared, and left for its owner to drop. */
  shared?: TestDatabaseTarget,
) {
  const target = shared ?? (await createTestDatabaseTarget(undefined, { migrated: true }));
  const parsed = parseConfig({
    NODE_ENV: "test",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: target.dataDir,
    // Always on duty unless a test says otherwise.
    OFFICE_HOURS: "mon-sun 00:00-24:00",
    ...env,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const config = parsed.config;
  const logger = createLogger(config);
  const db = target.databaseUrl
    ? await openPostgres({ url: target.databaseUrl, onBackgroundError: () => undefined })
    : await openPglite(target.dataDir);
  await applyMigrations(db.sql);
  const context = { config, logger, db };
  const { staffConsole, conversation } = await composeConsoleAndConversation(context, {
    sweepIntervalMs: 3_600_000,
    // The CLI from this run's bundle, as startServiceInProcess gives it.
    evaluate: (contentDir, options) =>
      runEvaluationProcess(contentDir, { ...options, cli: nodeArgsFor("src/app/cli.ts") }),
  });
  const modules = [conversation.module, staffConsole.module];
  const app = createHttpApp({
    logger,
    trustProxy: false,
    modules,
    readiness: async () => ({ ready: true }),
  });
  const server = await app.listen(0, "127.0.0.1");
  // As startService does: with Node's default 5 s, a keep-alive socket the client reuses at the
  // same moment is closed under it (fetch failed, ECONNRESET) whenever a step takes about 5 s.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  for (const m of modules) m.attach?.(server);
  for (const m of modules) await m.start?.();
  const address = server.address();
  const port = typeof address === "object" && address ? (address satisfies AddressInfo).port : 0;
  return {
    target,
    url: `http://127.0.0.1:${port}`,
    db,
    gateway: conversation.service,
    desk: staffConsole.desk,
    dispose: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const m of [...modules].reverse()) await m.stop?.();
      await db.close();
      if (!shared) await target.drop();
    },
  };
}

export type TestStaff = Awaited<ReturnType<typeof createStaffAccount>>;

/** A staff account straight in the database (the CLI and the admin page are tested separately). */
export async function createStaffAccount(
  db: Database,
  role: StaffRole,
  atsId: AtsId | null = null,
  name: string = role,
) {
  const id = randomUUID();
  const email = `${name}.${id.slice(0, 8)}@example.test`;
  const password = `pw-${randomUUID()}`;
  await insertStaff(db.prisma, {
    id,
    email,
    displayName: name,
    role,
    atsId,
    passwordHash: await hashPassword(password),
  });
  return { id, email, password };
}

/** A new staff account signed in over HTTP, for a test that needs only its session. */
export async function signIn(
  service: { db: Database; url: string },
  ...account: [role: StaffRole, atsId?: AtsId | null, name?: string]
): Promise<StaffClient> {
  const staff = await createStaffAccount(service.db, ...account);
  return StaffClient.login(service.url, staff.email, staff.password);
}
