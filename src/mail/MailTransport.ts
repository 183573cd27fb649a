/** One message as handed to a transport; `id` becomes the Message-ID, so receivers can spot a resend. */
export interface OutgoingMail {
  id: string;
  dedupeKey: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Where the outbox worker hands a mail: SMTP in production, a test double in tests. */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}
