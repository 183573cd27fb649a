import { chmod, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { romeWallClock } from "../../../src/conversation/handoff/romeWallClock.ts";
import { createMailWorker } from "../../../src/mail/createMailWorker.ts";
import { createSmtpTransport } from "../../../src/mail/createSmtpTransport.ts";
import { purgeExpiredData } from "../../../src/persistence/privacy/purgeExpiredData.ts";
import { findInFiles, findInTables } from "../../support/findPersonalData.ts";
import { type SmtpSink, startSmtpSink } from "../../support/startSmtpSink.ts";
import { type ConsoleHarness, signIn, startConsoleHarness } from "../console/support/consoleHarness.ts";
import type { StaffClient } from "../console/support/StaffClient.ts";
import { FAMILY_REQUEST_TO_REVIEW, talk } from "../conversation/support/talk.ts";

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const silent = { info: () => undefined, warn: () => undefined };

interface Person {
  key: string;
  name: string;
  surname: string;
  taxCode: string;
  email: string;
  phone: string;
}

const person = (key: string, name: string, surname: string, taxCode: string, phone: string): Person => ({
  key,
  name,
  surname,
  taxCode,
  email: `${name}.${surname}@example.it`.toLowerCase(),
  phone,
});

/** Everything of a person that must not survive: CF, email, phone, name and surname. */
const needlesOf = (p: Person) => [p.taxCode, p.email, p.phone, `${p.name} ${p.surname}`, p.surname];
/** The mails the sink received that carry any of the person's data. */
const mailsWithPersonalData = (smtp: SmtpSink, p: Person) =>
  smtp.received.filter((m) => needlesOf(p).some((n) => m.raw.toLowerCase().includes(n.toLowerCase())));

/** Office hours on a day that is not today in Rome: nobody is on duty, the mailbox is offered. */
function closedToday(): string {
  const today = romeWallClock(new Date()).weekday;
  return `${DAYS[(today + 1) % 7]} 09:00-17:00`;
}

describe(`an erasure leaves nothing, on ${process.env.TEST_DB}`, () => {
  let h: ConsoleHarness;
  let staff: StaffClient;
  const outboxDir = () => path.join(h.target.dataDir, "outbox");
  const emlWorker = () =>
    createMailWorker({ db: h.db, from: "bot@example.test", dataDir: h.target.dataDir, log: silent });
  const smtpWorker = (port: number) =>
    createMailWorker({
      db: h.db,
      from: "bot@example.test",
      transport: createSmtpTransport(`smtp://127.0.0.1:${port}`),
      dataDir: h.target.dataDir,
      log: silent,
      baseDelayMs: 1,
      maxDelayMs: 1,
    });
  /** The embedded database's folder under DATA_DIR (PGlite); PostgreSQL keeps its files elsewhere. */
  const inDatabaseFolder = (where: string) =>
    where.startsWith(path.join(h.target.dataDir, "pglite") + path.sep);

  /**
   * Every file under DATA_DIR, after a checkpoint on the embedded database: the pages it still
   * holds in memory reach its files sooner or later, so they are written before the search.
   */
  async function findOnDisk(needles: string[]) {
    if (h.target.kind === "pglite") await h.db.sql.query("CHECKPOINT");
    return findInFiles(h.target.dataDir, needles);
  }

  /**
   * PostgreSQL compresses a long value (pglz) before storing it, and a byte search cannot see into
   * a compressed value: every text and JSON column is stored uncompressed here, so whatever the
   * files hold, the search reads.
   */
  async function storeUncompressed(): Promise<void> {
    const columns = await h.db.sql.query(
      `SELECT format('ALTER TABLE %I.%I ALTER COLUMN %I SET STORAGE EXTERNAL', table_schema, table_name, column_name) AS alter
         FROM information_schema.columns c
        WHERE table_schema = 'public' AND data_type IN ('text', 'jsonb', 'ARRAY')
          AND EXISTS (SELECT 1 FROM information_schema.tables t WHERE t.table_schema = c.table_schema
                      AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE')`,
    );
    for (const column of columns) await h.db.sql.query(String(column.alter));
  }

  /** A form with the person's data, a question, a request for a person, the mailbox forward and a note. */
  async function leaveEverywhere(p: Person): Promise<string> {
    await h.gateway.receive({ channel: "web", externalKey: p.key, inbound: { kind: "start" } });
    // The family request with the person's name, tax code, email and phone.
    const [before, after] = [FAMILY_REQUEST_TO_REVIEW.slice(0, 7), FAMILY_REQUEST_TO_REVIEW.slice(9, 12)];
    const form = [...before, `${p.name} ${p.surname}`, p.taxCode, ...after, p.email, p.phone, "salta"];
    const sent = await talk(h.gateway, p.key, [...form, "Invia"]);
    expect(sent.find((r) => r.channelData.reference)?.channelData.reference).toMatch(/^CVL-/);
    await talk(h.gateway, p.key, [
      `Sono ${p.name} ${p.surname}, CF ${p.taxCode}, telefono ${p.phone}, email ${p.email}`,
      "Parlare con una persona",
    ]);
    const forwarded = await talk(h.gateway, p.key, [
      "Sì, inoltra la conversazione",
      `scrivetemi a ${p.email}`,
    ]);
    expect(forwarded.map((r) => r.text).join(" ")).toContain("ho inoltrato");
    const { conversationId } = await h.gateway.open("web", p.key);
    const noted = await staff.json(`/console/api/conversations/${conversationId}/notes`, {
      method: "POST",
      body: { text: `Richiamare ${p.name} ${p.surname} al ${p.phone}, CF ${p.taxCode}, ${p.email}` },
    });
    expect(noted.status).toBe(200);
    // As autovacuum does on a server (or an operator by hand): pg_statistic now holds sampled values.
    await h.db.sql.query("ANALYZE");
    return conversationId;
  }

  async function erase(p: Person): Promise<void> {
    await talk(h.gateway, p.key, ["cancella i miei dati"]);
    const done = await talk(h.gateway, p.key, ["Sì, cancella"]);
    expect(done.map((r) => r.text).join(" ")).toMatch(/cancellat/i);
  }

  /** After the .eml pass: nothing of the person in any table or file, nor in a mail sent later. */
  async function expectNothingLeft(p: Person): Promise<void> {
    await emlWorker().runOnce();
    expect(await findInTables(h.db, needlesOf(p))).toEqual([]);
    expect(await findOnDisk(needlesOf(p))).toEqual([]);
    const smtp = await startSmtpSink();
    try {
      await smtpWorker(smtp.port).runOnce();
      expect(mailsWithPersonalData(smtp, p)).toEqual([]);
    } finally {
      await smtp.close();
    }
  }

  beforeAll(async () => {
    h = await startConsoleHarness({
      OFFICE_HOURS: closedToday(),
      PROGRAMME_MAILBOX: "programma@example.test",
    });
    await storeUncompressed();
    staff = await signIn(h, "supervisor");
  });
  afterAll(async () => {
    await h?.dispose();
  });

  it("without SMTP: the .eml files are private, and erasure leaves no trace in any table or file, nor any mail later", async () => {
    const p = person("erase-no-smtp", "Bianca", "Mariani", "BNCMRA80A41F205H", "3406172839");
    // An .eml folder and file left readable by an earlier version are closed by the next pass.
    await mkdir(outboxDir(), { recursive: true, mode: 0o755 });
    await chmod(outboxDir(), 0o755);
    await leaveEverywhere(p);
    await emlWorker().runOnce();
    const files = await readdir(outboxDir());
    expect(files).toHaveLength(3);
    for (const file of files) expect((await stat(path.join(outboxDir(), file))).mode & 0o777).toBe(0o600);
    expect((await stat(outboxDir())).mode & 0o777).toBe(0o700);
    // The search finds what is there: the data is in the tables and in the files before erasure.
    const inTables = await findInTables(h.db, needlesOf(p));
    expect(inTables.map((hit) => hit.where)).toEqual(
      expect.arrayContaining(['public."Message"', 'public."Note"', "pg_catalog.pg_statistic"]),
    );
    const found = await findOnDisk([p.taxCode, p.email]);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((hit) => inDatabaseFolder(hit.where))).toBe(h.target.kind === "pglite");

    await erase(p);
    await expectNothingLeft(p);
  });

  it("with SMTP down and then back: mails that failed are not sent after the erasure", async () => {
    const p = person("erase-smtp-down", "Paola", "Rossetti", "RSSPLA75C12L219Y", "3418273645");
    await leaveEverywhere(p);
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const down = smtpWorker(port);
    expect(await down.runOnce()).toBe(0);
    const failing = await h.db.prisma.outboxMail.count({ where: { attempts: { gt: 0 }, status: "pending" } });
    expect(failing).toBeGreaterThanOrEqual(3);

    await erase(p);
    const smtp = await startSmtpSink(port);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await down.runOnce();
      expect(mailsWithPersonalData(smtp, p)).toEqual([]);
    } finally {
      await smtp.close();
    }
    expect(await findInTables(h.db, needlesOf(p))).toEqual([]);
    expect(await findOnDisk(needlesOf(p))).toEqual([]);
  });

  it("with SMTP up: what was sent before the erasure is blanked in the outbox too", async () => {
    const p = person("erase-smtp-up", "Giovanna", "Ferrari", "FRRGNN82H50D969Q", "3429182736");
    await leaveEverywhere(p);
    const smtp = await startSmtpSink();
    try {
      await smtpWorker(smtp.port).runOnce();
      // The search finds what is there: the mails carried the data when they left.
      expect(smtp.received.some((m) => m.raw.includes(p.taxCode))).toBe(true);
      await erase(p);
      const before = smtp.received.length;
      await smtpWorker(smtp.port).runOnce();
      expect(smtp.received.length).toBe(before);
    } finally {
      await smtp.close();
    }
    expect(await findInTables(h.db, needlesOf(p))).toEqual([]);
    expect(await findOnDisk(needlesOf(p))).toEqual([]);
  });

  it("at the end of the retention period: nothing is left and nothing is sent later", async () => {
    const p = person("retention", "Sara", "Colombo", "CLMSRA90M45B157J", "3437261549");
    const conversationId = await leaveEverywhere(p);
    await emlWorker().runOnce();
    const found = await findOnDisk([p.taxCode]);
    expect(found.some((hit) => !inDatabaseFolder(hit.where))).toBe(true);
    expect(found.some((hit) => inDatabaseFolder(hit.where))).toBe(h.target.kind === "pglite");
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    await h.db.prisma.conversation.update({
      where: { id: conversationId },
      data: { lastActivityAt: longAgo },
    });
    await h.db.prisma.submission.updateMany({ where: { conversationId }, data: { createdAt: longAgo } });
    await h.db.prisma.outboxMail.updateMany({
      where: { OR: [{ submission: { conversationId } }, { dedupeKey: { contains: conversationId } }] },
      data: { createdAt: longAgo },
    });
    await purgeExpiredData(h.db, new Date(Date.now() - 365 * 86_400_000), new Date());
    await expectNothingLeft(p);
  });
});
