import type { Prisma } from "../generated/client.ts";

/**
 * Records that the mailbox was offered for the current escalation; only the first caller wins, so
 * two instances sweeping the queue never both post the offer. Takes a transaction too: a turn
 * that makes the offer records it in its own commit.
 */
export async function markHandoffOffered(
  client: Prisma.TransactionClient,
  conversationId: string,
  now: Date,
): Promise<boolean> {
  const { count } = await client.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] }, handoffOfferedAt: null },
    data: { handoffOfferedAt: now },
  });
  return count === 1;
}
