import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailWorker, type MailWorker } from "../../../src/mail/createMailWorker.ts";
import { createSmtpTransport } from "../../../src/mail/createSmtpTransport.ts";
import type { Database } from "../../../src/persistence/Database.ts";
import { createTestService, TEST_MAILBOX } from "../../conversation/support/createTestService.ts";
import { startSmtpSink } from "../../support/startSmtpSink.ts";
import { openTestDatabase, testDbKind } from "../../support/testDatabase.ts";
import { FAMILY_REQUEST_TO_REVIEW, talk } from "./support/talk.ts";

const silent = { info: () => undefined, warn: () => undefined };

describe(`the mail outbox on ${testDbKind()}`, () => {
  let db: Database;
  let drop: () => Promise<void>;
  let dataDir: string;
  beforeAll(async () => {
    ({ db, drop } = await openTestDatabase());
    dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-outbox-"));
  });
  afterAll(async () => {
    await drop();
    await rm(dataDir, { recursive: true, force: true });
  });
  /** A mail worker sending through the SMTP server on `port`, retrying after `retry` if given. */
  const smtpWorker = (port: number, retry: { baseDelayMs?: number; maxDelayMs?: number } = {}) =>
    createMailWorker({
      db,
      from: "conciliabot@regione.lombardia.it",
      transport: createSmtpTransport(`smtp://127.0.0.1:${port}`),
      dataDir,
      log: silent,
      ...retry,
    });

  it("delivers a confirmed request to the programme mailbox and a receipt to the user, with the reference, once", async () => {
    const smtp = await startSmtpSink();
    const service = await createTestService(db);
    const worker = smtpWorker(smtp.port);
    try {
      await talk(service, "mail-ok", FAMILY_REQUEST_TO_REVIEW);
      const sent = await talk(service, "mail-ok", ["Invia"]);
      const reference = sent.find((r) => r.channelData.reference)?.channelData.reference;
      expect(reference).toMatch(/^CVL-2026-/);
      const submission = await db.prisma.submission.findUnique({ where: { reference: reference ?? "" } });
      expect(submission?.formId).toBe("family_request");

      expect(await worker.runOnce()).toBe(2);
      expect(await worker.runOnce()).toBe(0);
      expect(smtp.received).toHaveLength(2);
      const toMailbox = smtp.received.find((m) => m.to.includes(TEST_MAILBOX));
      const receipt = smtp.received.find((m) => m.to.includes("giulia.verdi@example.it"));
      expect(toMailbox?.raw).toContain(reference);
      expect(receipt?.raw).toContain(reference);
      // What the user typed is escaped in the HTML part.
      expect(toMailbox?.raw).toContain("<td>Giulia &lt;b&gt;Verdi&lt;/b&gt;</td>");
      expect(toMailbox?.raw).not.toContain("<td>Giulia <b>");
      const mails = await db.prisma.outboxMail.findMany({ where: { submissionId: submission?.id } });
      expect(mails.map((m) => m.status)).toEqual(["sent", "sent"]);
    } finally {
      await worker.stop();
      await service.stop();
      await smtp.close();
    }
  });

  it("keeps the mail waiting while SMTP is down and delivers it once after it is back", async () => {
    const probe = await startSmtpSink();
    const port = probe.port;
    await probe.close();
    const service = await createTestService(db);
    const worker = smtpWorker(port, { baseDelayMs: 100, maxDelayMs: 200 });
    try {
      await talk(service, "mail-down", FAMILY_REQUEST_TO_REVIEW);
      const reference =
        (await talk(service, "mail-down", ["Invia"])).find((r) => r.channelData.reference)?.channelData
          .reference ?? "";
      const submission = await db.prisma.submission.findUniqueOrThrow({ where: { reference } });

      const attemptedAt = Date.now();
      expect(await worker.runOnce()).toBe(0);
      const waiting = await db.prisma.outboxMail.findMany({ where: { submissionId: submission.id } });
      expect(waiting.map((m) => m.status)).toEqual(["pending", "pending"]);
      expect(waiting.every((m) => m.attempts === 1 && m.lastError !== null)).toBe(true);
      // Retried after the failed attempt by at least the first delay less its jitter (100 ms × 0.8),
      // counted from before the attempt: on a busy machine the read above may come after it.
      expect(waiting.every((m) => m.nextAttemptAt.getTime() >= attemptedAt + 80)).toBe(true);

      const smtp = await startSmtpSink(port);
      try {
        await sleep(300);
        expect(await worker.runOnce()).toBe(2);
        await sleep(300);
        expect(await worker.runOnce()).toBe(0);
        expect(smtp.received.filter((m) => m.raw.includes(reference))).toHaveLength(2);
        const delivered = await db.prisma.outboxMail.findMany({ where: { submissionId: submission.id } });
        expect(delivered.map((m) => m.status)).toEqual(["sent", "sent"]);
      } finally {
        await smtp.close();
      }
    } finally {
      await worker.stop();
      await service.stop();
    }
  });

  it("never lets two workers send the same mail", async () => {
    const smtp = await startSmtpSink();
    const service = await createTestService(db);
    const workers: MailWorker[] = [1, 2, 3].map(() => smtpWorker(smtp.port));
    try {
      for (const key of ["race-1", "race-2", "race-3"]) {
        await talk(service, key, [...FAMILY_REQUEST_TO_REVIEW, "Invia"]);
      }
      const counts = await Promise.all(workers.map((w) => w.runOnce()));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
      expect(new Set(smtp.received.map((m) => /Message-ID: <([^>]+)>/i.exec(m.raw)?.[1])).size).toBe(6);
      expect(smtp.received).toHaveLength(6);
    } finally {
      for (const worker of workers) await worker.stop();
      await service.stop();
      await smtp.close();
    }
  });

  it("without SMTP writes each pending mail once as an .eml file and leaves it pending", async () => {
    const { readdir, readFile } = await import("node:fs/promises");
    const service = await createTestService(db);
    const worker = createMailWorker({ db, from: "conciliabot@regione.lombardia.it", dataDir, log: silent });
    try {
      const reference =
        (await talk(service, "mail-eml", [...FAMILY_REQUEST_TO_REVIEW, "Invia"])).find(
          (r) => r.channelData.reference,
        )?.channelData.reference ?? "";
      const written = await worker.runOnce();
      expect(written).toBeGreaterThanOrEqual(2);
      expect(await worker.runOnce()).toBe(0);
      const files = await readdir(`${dataDir}/outbox`);
      const contents = await Promise.all(files.map((f) => readFile(`${dataDir}/outbox/${f}`, "utf8")));
      expect(contents.filter((c) => c.includes(reference))).toHaveLength(2);
      const submission = await db.prisma.submission.findUniqueOrThrow({ where: { reference } });
      const mails = await db.prisma.outboxMail.findMany({ where: { submissionId: submission.id } });
      expect(mails.map((m) => m.status)).toEqual(["pending", "pending"]);
    } finally {
      await worker.stop();
      await service.stop();
    }
  });
});
