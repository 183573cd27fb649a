import { parseConfig } from "../../src/app/config.ts";
import { createLogger } from "../../src/app/createLogger.ts";
import { type RunningService, startService } from "../../src/app/startService.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget } from "./testDatabase.ts";

export interface TestService extends RunningService {
  target: TestDatabaseTarget;
  /** Stops the service and drops its database. */
  dispose(): Promise<void>;
}

/**
 * The whole server in-process on a free port, on a fresh database of the kind under test
 * (TEST_DB). `env` adds or overrides configuration variables.
 */
export async function startTestService(env: Record<string, string> = {}): Promise<TestService> {
  const target = await createTestDatabaseTarget();
  const parsed = parseConfig({
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...env,
  });
  if (!parsed.ok) throw new Error(`test config: ${parsed.problems.join("; ")}`);
  const service = await startService(parsed.config, createLogger(parsed.config));
  return {
    ...service,
    target,
    dispose: async () => {
      await service.stop(1_000);
      await target.drop();
    },
  };
}
