import { randomInt } from "node:crypto";
import { access, chmod, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { OutgoingMail } from "./MailTransport.ts";
import { toNodemailerMessage } from "./toNodemailerMessage.ts";

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

/**
 * Without an SMTP server, a pending mail is written once as `<dir>/<id>.eml` (atomically) so
 * staff can open it; the mail stays pending in the outbox for when SMTP is configured. The file
 * holds personal data: readable by the service's user only (0600, in a 0700 folder), and removed
 * with the mail's data (`removeStaleEmlFiles`). Returns false when the file was already there.
 */
export async function writeEmlFile(dir: string, mail: OutgoingMail): Promise<boolean> {
  const file = path.join(dir, `${mail.id}.eml`);
  try {
    await access(file);
    return false;
  } catch {
    // Not written yet.
  }
  const info = await composer.sendMail(toNodemailerMessage(mail));
  const message: unknown = info.message;
  if (!Buffer.isBuffer(message)) throw new Error("nodemailer did not return the message as a buffer");
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // A folder made by an earlier version (0755) is closed too.
  await chmod(dir, 0o700);
  // Unique per write: two workers of one process may write the same mail at the same moment.
  const temporary = `${file}.${process.pid}${randomInt(1_000_000)}.tmp`;
  await writeFile(temporary, message, { mode: 0o600 });
  await rename(temporary, file);
  return true;
}
