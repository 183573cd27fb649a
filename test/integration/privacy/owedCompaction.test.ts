import { describe, expect, it } from "vitest";
import type { Database } from "../../../src/persistence/Database.ts";
import { compactErasedData } from "../../../src/persistence/privacy/compactErasedData.ts";
import { purgeExpiredData } from "../../../src/persistence/privacy/purgeExpiredData.ts";
import { beforeAllTests } from "../../support/beforeAllTests.ts";
import { findInFiles } from "../../support/findPersonalData.ts";
import { openTestDatabase } from "../../support/testDatabase.ts";

const TAX_CODE = "VRDLCU85T10F205Z";

describe(`a failed disk cleanup after an erasure, on ${process.env.TEST_DB}`, () => {
  const database = beforeAllTests(
    () => openTestDatabase(),
    (opened) => opened.drop(),
  );

  it("is done by the next retention pass even when nothing has expired, and only once", async () => {
    const { db, target } = database();
    await db.sql.query(
      `INSERT INTO "Conversation" (id, channel, "externalKey", state, "updatedAt") VALUES ('owed', 'web', 'owed', '{}', now())`,
    );
    await db.sql.query(
      `INSERT INTO "Message" ("conversationId", direction, text) VALUES ('owed', 'in', 'il mio codice fiscale è ${TAX_CODE}')`,
    );
    await db.sql.query(`UPDATE "Message" SET text = '' WHERE "conversationId" = 'owed'`);
    const failing: Database = { ...db, removeDeadRows: () => Promise.reject(new Error("disco pieno")) };
    await expect(compactErasedData(failing)).rejects.toThrow("disco pieno");
    if (target.kind === "pglite") {
      await db.sql.query("CHECKPOINT");
      expect((await findInFiles(target.dataDir, [TAX_CODE])).length).toBeGreaterThan(0);
    }

    let cleanups = 0;
    const counting: Database = {
      ...db,
      removeDeadRows: (tables) => {
        cleanups++;
        return db.removeDeadRows(tables);
      },
    };
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    const outcome = await purgeExpiredData(counting, longAgo, new Date());
    expect(outcome).toEqual({ conversations: 0, submissions: 0, mails: 0 });
    expect(cleanups).toBe(1);
    if (target.kind === "pglite") {
      await db.sql.query("CHECKPOINT");
      expect(await findInFiles(target.dataDir, [TAX_CODE])).toEqual([]);
    }
    await purgeExpiredData(counting, longAgo, new Date());
    expect(cleanups).toBe(1);
  });
});
