import { Prisma } from "../generated/client.ts";

/**
 * "Cancella i miei dati": blanks the texts and payloads of every message of the conversation,
 * deletes the staff's notes on it, blanks the data of its submissions and the bodies of every mail
 * that carries any of it (the submissions' mails and the transcript forwarded to the programme
 * mailbox), and the personal recipients of receipts; mails not yet sent are cancelled, so nothing
 * leaves after an erasure. Their .eml copies go at the mail worker's next pass
 * (`removeStaleEmlFiles`). The web chat tokens issued so far are voided (`tokensRevokedAt`). Ids,
 * dates, intents and analytics stay: they carry no personal data.
 */
export async function eraseConversationData(
  tx: Prisma.TransactionClient,
  conversationId: string,
  now: Date,
): Promise<{ messages: number; submissions: number; notes: number; mails: number }> {
  const messages = await tx.message.updateMany({
    where: { conversationId },
    data: { text: "", payload: Prisma.DbNull },
  });
  // The user's own words on an answer ("what was missing") go too; the anonymous votes stay.
  await tx.answerFeedback.updateMany({ where: { conversationId }, data: { comment: null } });
  const notes = await tx.note.deleteMany({ where: { conversationId } });
  await tx.conversation.update({ where: { id: conversationId }, data: { tokensRevokedAt: now } });
  const submissions = await tx.submission.findMany({ where: { conversationId }, select: { id: true } });
  const ids = submissions.map((s) => s.id);
  if (ids.length > 0) {
    await tx.submission.updateMany({
      where: { id: { in: ids } },
      data: { data: Prisma.DbNull, erasedAt: now },
    });
  }
  // The transcript mail names its conversation only in its dedupe key (buildTranscriptMail).
  const ofConversation: Prisma.OutboxMailWhereInput = {
    OR: [
      ...(ids.length > 0 ? [{ submissionId: { in: ids } }] : []),
      { kind: "handoff_transcript", dedupeKey: { startsWith: `handoff_transcript:${conversationId}:` } },
    ],
  };
  await tx.outboxMail.updateMany({
    where: { AND: [ofConversation, { status: { in: ["pending", "failed"] } }] },
    data: { status: "cancelled", lockedUntil: null },
  });
  const mails = await tx.outboxMail.updateMany({
    where: ofConversation,
    data: { text: "", html: null, subject: "[cancellato]", lastError: null },
  });
  await tx.outboxMail.updateMany({
    where: { AND: [ofConversation, { kind: "receipt" }] },
    data: { to: "" },
  });
  return { messages: messages.count, submissions: ids.length, notes: notes.count, mails: mails.count };
}
