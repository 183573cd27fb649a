import type { Database } from "../Database.ts";

/**
 * Records that the mailbox was offered for the current escalation; only the first caller wins, so
 * two instances sweeping the queue never both post the offer.
 */
export async function markHandoffOffered(db: Database, conversationId: string, now: Date): Promise<boolean> {
  const { count } = await db.prisma.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] }, handoffOfferedAt: null },
    data: { handoffOfferedAt: now },
  });
  return count === 1;
}
