import { randomUUID } from "node:crypto";
import type { Database } from "../Database.ts";

export interface TranscriptMail {
  dedupeKey: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Writes the transcript mail to the outbox and marks the escalation as forwarded, in one
 * transaction. The dedupeKey makes a repeated "yes" (or a retried request) a no-op; returns
 * whether the mail was queued by this call.
 */
export async function forwardHandoffTranscript(
  db: Database,
  conversationId: string,
  mail: TranscriptMail,
  now: Date,
): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const created = await tx.outboxMail.createMany({
      data: [
        {
          id: randomUUID(),
          kind: "handoff_transcript",
          dedupeKey: mail.dedupeKey,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          nextAttemptAt: now,
          createdAt: now,
        },
      ],
      skipDuplicates: true,
    });
    await tx.conversation.updateMany({
      where: { id: conversationId, handoffForwardedAt: null },
      data: { handoffForwardedAt: now },
    });
    return created.count === 1;
  });
}
