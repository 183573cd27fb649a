import type { Database } from "../Database.ts";

export async function markMessagesDelivered(
  db: Database,
  messageIds: string[],
  at = new Date(),
): Promise<void> {
  if (messageIds.length === 0) return;
  await db.prisma.message.updateMany({
    where: { id: { in: messageIds.map((id) => BigInt(id)) }, deliveredAt: null },
    data: { deliveredAt: at },
  });
}
