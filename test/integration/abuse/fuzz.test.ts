import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededRandom } from "../../../src/conversation/nlu/seededRandom.ts";
import { hostileBodies } from "../../support/hostileBodies.ts";
import { type FuzzTarget, startFuzzTarget } from "../../support/startFuzzTarget.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_310);

/**
 * One pass of ~650 hostile requests over every public endpoint. Whether the service's live memory
 * grows under many such passes is a soak, measured by `npm run bench:fuzz` (six passes, memory read
 * after a full GC through the inspector).
 */
describe(`every public endpoint under random and hostile input (${testDbKind()})`, () => {
  let target: TestDatabaseTarget;
  let service: FuzzTarget | undefined;

  beforeAll(async () => {
    target = await createTestDatabaseTarget();
    service = await startFuzzTarget(target, false);
  });

  afterAll(async () => {
    try {
      await service?.stop();
    } finally {
      await target?.drop();
    }
  });

  it("answers every hostile body with a clear 4xx (or a success), never a 5xx, and stays up and ready", async () => {
    if (!service) throw new Error("the service did not start");
    const failures = await service.pass(hostileBodies(seededRandom(SEED), 60));
    expect(failures).toEqual([]);
    expect(service.child.exitCode).toBeNull();
    expect((await service.get("/healthz")).status).toBe(200);
    expect((await service.get("/readyz")).status).toBe(200);
  }, 240_000);
});
