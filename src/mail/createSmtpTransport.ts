import nodemailer from "nodemailer";
import type { MailTransport } from "./MailTransport.ts";
import { toNodemailerMessage } from "./toNodemailerMessage.ts";

/**
 * SMTP through nodemailer from SMTP_URL (smtp://user:pass@host:port or smtps://…). Short timeouts:
 * a server that does not answer is a failed attempt, retried later, not a stuck worker.
 */
export function createSmtpTransport(url: string): MailTransport {
  const transporter = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    send: async (mail) => {
      await transporter.sendMail(toNodemailerMessage(mail));
    },
    close: () => transporter.close(),
  };
}
