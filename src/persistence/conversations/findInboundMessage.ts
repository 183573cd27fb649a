import type { Database } from "../Database.ts";

/** The stored inbound message with this channel id, if the channel already delivered it once. */
export async function findInboundMessage(
  db: Database,
  conversationId: string,
  externalId: string,
): Promise<string | undefined> {
  const row = await db.prisma.message.findUnique({
    where: { conversationId_externalId: { conversationId, externalId } },
    select: { id: true },
  });
  return row?.id.toString();
}
