import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Database } from "../Database.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/**
 * A conversation's messages after a watermark, oldest first. Channel events and erased messages
 * (empty text) are left out; ids stay monotonic, so watermarks still work.
 */
export async function listMessages(
  db: Database,
  conversationId: string,
  afterId?: string,
  limit = 100,
): Promise<StoredMessage[]> {
  const rows = await db.prisma.message.findMany({
    where: {
      conversationId,
      ...(afterId === undefined ? {} : { id: { gt: BigInt(afterId) } }),
      text: { not: "" },
    },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(limit, 1), 1000),
  });
  return rows.map(toStoredMessage);
}
