import type { RunningService } from "../../src/app/startService.ts";
import { startServiceInProcess } from "./startServiceInProcess.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget } from "./testDatabase.ts";

export interface TestService extends RunningService {
  target: TestDatabaseTarget;
  /** Stops the service and drops its database. */
  dispose(): Promise<void>;
}

/**
 * The whole server in-process on a free port, on a fresh database of the kind under test
 * (TEST_DB), already migrated unless `empty` (a first start). `env` adds or overrides
 * configuration variables.
 */
export async function startTestService(
  env: Record<string, string> = {},
  options: { empty?: boolean } = {},
): Promise<TestService> {
  const target = await createTestDatabaseTarget(undefined, { migrated: !options.empty });
  const service = await startServiceInProcess({
    DATA_DIR: target.dataDir,
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
    ...env,
  });
  return {
    ...service,
    target,
    dispose: async () => {
      await service.stop(1_000);
      await target.drop();
    },
  };
}
