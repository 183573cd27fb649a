import type { SendMailOptions } from "nodemailer";
import type { OutgoingMail } from "./MailTransport.ts";

/** The same headers for SMTP and for the .eml files: what staff see is what would be sent. */
export function toNodemailerMessage(mail: OutgoingMail): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    messageId: `<${mail.id}@conciliabot.local>`,
    headers: { "X-Conciliabot-Dedupe": mail.dedupeKey },
  };
}
