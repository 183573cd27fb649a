import type { Channel } from "../../content/ids.ts";
import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Database } from "../Database.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/** Bot and staff messages of a push channel not yet handed to it (or whose claim lapsed), oldest first. */
export async function listUndeliveredMessages(
  db: Database,
  channel: Channel,
  limit = 100,
): Promise<Array<StoredMessage & { externalKey: string; address?: unknown }>> {
  const rows = await db.prisma.message.findMany({
    where: {
      direction: { in: ["bot", "staff"] },
      OR: [{ deliveredAt: null }, { deliveryLeaseUntil: { lt: new Date() } }],
      text: { not: "" },
      conversation: { channel },
    },
    include: { conversation: { select: { externalKey: true, address: true } } },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(limit, 1), 1000),
  });
  return rows.map((row) => ({
    ...toStoredMessage(row),
    externalKey: row.conversation.externalKey,
    ...(row.conversation.address === null ? {} : { address: row.conversation.address }),
  }));
}
