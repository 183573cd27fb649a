import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/persistence/Database.ts";
import { createTestService } from "../../conversation/support/createTestService.ts";
import { openTestDatabase } from "../../support/testDatabase.ts";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
});
afterAll(async () => {
  await drop();
});

describe("the conversation gateway", () => {
  it("greets a new user and answers a re-delivered message only once", async () => {
    const service = await createTestService(db);
    const first = await service.receive({
      channel: "web",
      externalKey: "u1",
      externalId: "a1",
      inbound: { kind: "start" },
    });
    expect(first.duplicate).toBe(false);
    expect(first.replies).toHaveLength(3);
    expect(first.replies[0]?.text).toContain("assistente automatico");
    const again = await service.receive({
      channel: "web",
      externalKey: "u1",
      externalId: "a1",
      inbound: { kind: "start" },
    });
    expect(again.duplicate).toBe(true);
    expect(again.replies.map((r) => r.id)).toEqual(first.replies.map((r) => r.id));
    await service.stop();
  });
});
