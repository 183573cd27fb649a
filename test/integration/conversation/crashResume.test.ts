import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestDatabaseTarget,
  openTargetDatabase,
  type TestDatabaseTarget,
  testDbKind,
} from "../../support/testDatabase.ts";
import { ChatProcess } from "./support/ChatProcess.ts";

let target: TestDatabaseTarget;

beforeAll(async () => {
  // Migrated first, so the two chat processes below only ever find a ready database.
  target = await createTestDatabaseTarget(undefined, { migrated: true });
});
afterAll(async () => {
  await target.drop();
});

function env(): Record<string, string> {
  return {
    DATA_DIR: target.dataDir,
    LOG_LEVEL: "warn",
    ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
  };
}

async function countSubmissions(): Promise<number> {
  const db = await openTargetDatabase(target);
  try {
    return await db.prisma.submission.count();
  } finally {
    await db.close();
  }
}

describe(`a chat process killed with SIGKILL on ${testDbKind()}`, () => {
  it("resumes at the same field after a restart and never files the request twice", {
    timeout: 180_000,
  }, async () => {
    const first = new ChatProcess(env(), ["--user", "crash"]);
    await first.waitFor(/Parlare con una persona/);
    await first.say("Voglio avviare un'attività", /fuori dal mondo del lavoro/);
    await first.say("1", /servizio di conciliazione/);
    await first.say("1", /provincia o comune/);
    await first.say("Lecco", /Lascia una richiesta/);
    await first.say("Lascia una richiesta", /Acconsenti/);
    await first.say("1", /Come ti chiami/);
    await first.say("Elena Sala", /codice fiscale/);
    await first.kill();

    const second = new ChatProcess(env(), ["--user", "crash"]);
    const resumed = await second.waitFor(/codice fiscale/);
    expect(resumed).toContain("Bentornato");
    expect(resumed).not.toContain("Come ti chiami");
    await second.say("BNCNNA80A41B157U", /situazione lavorativa/);
    await second.say("Disoccupata", /Quale servizio/);
    await second.say("Ludoteca", /Descrivi/);
    await second.say("Una ludoteca a Lecco per i bambini dei turnisti, aperta fino alle 20.", /email/);
    await second.say("elena.sala@example.it", /telefono/);
    await second.say("salta", /Invia/);
    const sent = await second.say("Invia", /CVL-\d{4}-[0-9A-Z]{5}/);
    const reference = /CVL-\d{4}-[0-9A-Z]{5}/.exec(sent)?.[0];
    await second.kill();
    expect(await countSubmissions()).toBe(1);

    const third = new ChatProcess(env(), ["--user", "crash"]);
    await third.waitFor(/Bentornato/);
    // Pressing "Invia" again after the crash files nothing new.
    await third.say("Invia", /Conciliabot:/);
    expect(await third.quit()).toBe(0);
    expect(await countSubmissions()).toBe(1);
    expect(reference).toBeDefined();
  });

  it("prints a clear message instead of fighting a running process for the embedded database", {
    timeout: 60_000,
  }, async () => {
    if (testDbKind() !== "pglite") return;
    const holder = new ChatProcess(env(), ["--user", "holder"]);
    await holder.waitFor(/Parlare con una persona/);
    const second = new ChatProcess(env(), ["--user", "other"]);
    expect(await second.exited).toBe(1);
    expect(second.transcript).toContain("è già aperto da un altro processo");
    expect(second.transcript).toContain("DATABASE_URL");
    await holder.quit();
  });
});
