import { Prisma } from "../generated/client.ts";

/**
 * "Cancella i miei dati": blanks the texts and payloads of every message of the conversation, the
 * data of its submissions, and the bodies and personal recipients of their mails; mails not yet
 * sent are cancelled. Ids, dates, intents and analytics stay: they carry no personal data.
 */
export async function eraseConversationData(
  tx: Prisma.TransactionClient,
  conversationId: string,
  now: Date,
): Promise<{ messages: number; submissions: number }> {
  const messages = await tx.message.updateMany({
    where: { conversationId },
    data: { text: "", payload: Prisma.DbNull },
  });
  // The user's own words on an answer ("what was missing") go too; the anonymous votes stay.
  await tx.answerFeedback.updateMany({ where: { conversationId }, data: { comment: null } });
  const submissions = await tx.submission.findMany({ where: { conversationId }, select: { id: true } });
  const ids = submissions.map((s) => s.id);
  if (ids.length > 0) {
    await tx.submission.updateMany({
      where: { id: { in: ids } },
      data: { data: Prisma.DbNull, erasedAt: now },
    });
    await tx.outboxMail.updateMany({
      where: { submissionId: { in: ids }, status: { in: ["pending", "failed"] } },
      data: { status: "cancelled", lockedUntil: null },
    });
    await tx.outboxMail.updateMany({
      where: { submissionId: { in: ids } },
      data: { text: "", html: null, subject: "[cancellato]" },
    });
    await tx.outboxMail.updateMany({
      where: { submissionId: { in: ids }, kind: "receipt" },
      data: { to: "" },
    });
  }
  return { messages: messages.count, submissions: ids.length };
}
