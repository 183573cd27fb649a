import { access, mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { OutgoingMail } from "./MailTransport.ts";
import { toNodemailerMessage } from "./toNodemailerMessage.ts";

const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

/**
 * Without an SMTP server, a pending mail is written once as `<dir>/<id>.eml` (atomically) so
 * staff can open it; the mail stays pending in the outbox for when SMTP is configured. Returns
 * false when the file was already there.
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
  await mkdir(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, message);
  await rename(temporary, file);
  return true;
}
