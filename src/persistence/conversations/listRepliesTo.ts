import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Database } from "../Database.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/** The bot's replies to one inbound message (a repeated delivery gets the same answer). */
export async function listRepliesTo(
  db: Database,
  conversationId: string,
  inboundId: string,
): Promise<StoredMessage[]> {
  const rows = await db.prisma.message.findMany({
    where: {
      conversationId,
      id: { gt: BigInt(inboundId) },
      direction: "bot",
      payload: { path: ["inReplyTo"], equals: inboundId },
    },
    orderBy: { id: "asc" },
  });
  return rows.map(toStoredMessage);
}
