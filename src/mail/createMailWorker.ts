import path from "node:path";
import { settleWithin } from "../conversation/service/settleWithin.ts";
import type { Database } from "../persistence/Database.ts";
import { claimOutboxMails } from "../persistence/outbox/claimOutboxMails.ts";
import { listPendingOutboxMails } from "../persistence/outbox/listPendingOutboxMails.ts";
import { markOutboxMailSent } from "../persistence/outbox/markOutboxMailSent.ts";
import { scheduleOutboxRetry } from "../persistence/outbox/scheduleOutboxRetry.ts";
import type { MailTransport, OutgoingMail } from "./MailTransport.ts";
import { removeStaleEmlFiles } from "./removeStaleEmlFiles.ts";
import { retryDelay } from "./retryDelay.ts";
import { writeEmlFile } from "./writeEmlFile.ts";

type StoredMail = Omit<OutgoingMail, "from" | "html"> & { html?: string | null };

export interface MailWorkerOptions {
  db: Database;
  /** MAIL_FROM. */
  from: string;
  /** Absent (no SMTP_URL): pending mails are written to `<dataDir>/outbox/*.eml` and stay pending. */
  transport?: MailTransport;
  dataDir: string;
  log: {
    info(details: Record<string, unknown>, message: string): void;
    warn(details: Record<string, unknown>, message: string): void;
  };
  pollMs?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** How long a claimed mail stays invisible to other instances while this one sends it. */
  lockMs?: number;
  batch?: number;
  now?: () => Date;
}

export type MailWorker = ReturnType<typeof createMailWorker>;

/**
 * The outbox's delivery side, as a service module: every `pollMs` it claims due mails (a row lock
 * shared by all instances) and sends them; a failure leaves the mail pending with exponential
 * backoff (capped at `maxDelayMs`, retried until delivered). Submissions never depend on it: they
 * are committed with their mails before anything is sent. Each pass also removes the .eml copies
 * of mails that were erased, expired or sent.
 */
export function createMailWorker(options: MailWorkerOptions) {
  const now = options.now ?? (() => new Date());
  const pollMs = options.pollMs ?? 5_000;
  const baseDelayMs = options.baseDelayMs ?? 10_000;
  const maxDelayMs = options.maxDelayMs ?? 3_600_000;
  const lockMs = options.lockMs ?? 120_000;
  const batch = options.batch ?? 20;
  const emlDir = path.join(options.dataDir, "outbox");
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let stopped = true;

  const messageOf = (mail: StoredMail): OutgoingMail => ({
    id: mail.id,
    dedupeKey: mail.dedupeKey,
    from: options.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
  });

  const sendDue = async (transport: MailTransport): Promise<number> => {
    let sent = 0;
    const at = now();
    const mails = await claimOutboxMails(options.db, {
      now: at,
      lockUntil: new Date(at.getTime() + lockMs),
      limit: batch,
    });
    for (const mail of mails) {
      try {
        await transport.send(messageOf(mail));
        await markOutboxMailSent(options.db, mail.id, now());
        sent += 1;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const delay = retryDelay(mail.attempts + 1, baseDelayMs, maxDelayMs);
        await scheduleOutboxRetry(options.db, mail.id, {
          nextAttemptAt: new Date(now().getTime() + delay),
          error: message,
        });
        options.log.warn(
          { mailId: mail.id, kind: mail.kind, attempts: mail.attempts + 1, delay },
          "mail not sent, will retry",
        );
      }
    }
    return sent;
  };

  const writeFiles = async (): Promise<number> => {
    let written = 0;
    const mails = await listPendingOutboxMails(options.db, { limit: 200 });
    for (const mail of mails) {
      const fresh = await writeEmlFile(emlDir, messageOf(mail));
      if (fresh) written += 1;
    }
    if (written > 0)
      options.log.info({ written, dir: emlDir }, "mails written as .eml (no SMTP_URL): they stay pending");
    return written;
  };

  const pass = async (): Promise<number> => {
    const count = await (options.transport ? sendDue(options.transport) : writeFiles());
    const removed = await removeStaleEmlFiles(options.db, emlDir);
    if (removed > 0)
      options.log.info({ removed, dir: emlDir }, ".eml files of erased, expired or sent mails removed");
    return count;
  };

  /** One pass over the outbox; returns how many mails were sent (or written as .eml). */
  const runOnce = (): Promise<number> => {
    running ??= pass().finally(() => {
      running = undefined;
    });
    return running;
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce()
        .catch((error: unknown) =>
          options.log.warn(
            { err: error instanceof Error ? error.message : String(error) },
            "mail worker pass failed",
          ),
        )
        .finally(schedule);
    }, pollMs);
    timer.unref();
  };

  return {
    name: "mail-outbox",
    start: async () => {
      stopped = false;
      schedule();
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      // A pass stuck on a dead connection must not hold the shutdown: its lock expires and the
      // mail is tried again by the next pass, here or on another instance.
      await settleWithin(running, 2_000);
      options.transport?.close();
    },
    runOnce,
  };
}
