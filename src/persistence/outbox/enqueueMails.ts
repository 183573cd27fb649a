import { randomUUID } from "node:crypto";
import type { MailDraft } from "../../conversation/ports/ConversationStore.ts";
import type { Prisma } from "../generated/client.ts";

/**
 * Writes mails to the outbox; a mail whose dedupeKey is already there is skipped, so a retried
 * transaction or a second instance can never queue the same mail twice.
 */
export async function enqueueMails(
  tx: Prisma.TransactionClient,
  mails: MailDraft[],
  submissionId: string | undefined,
  now: Date,
): Promise<void> {
  if (mails.length === 0) return;
  await tx.outboxMail.createMany({
    data: mails.map((mail) => ({
      id: randomUUID(),
      kind: mail.kind,
      dedupeKey: mail.dedupeKey,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html ?? null,
      submissionId: submissionId ?? null,
      nextAttemptAt: now,
      createdAt: now,
    })),
    skipDuplicates: true,
  });
}
