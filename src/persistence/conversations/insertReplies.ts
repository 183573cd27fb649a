import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Reply } from "../../conversation/turn.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/**
 * The bot's replies, in order, each remembering the inbound message it answers; stored as
 * delivered on a pull channel (CHANNEL_DELIVERY).
 */
export async function insertReplies(
  tx: Prisma.TransactionClient,
  conversationId: string,
  inboundId: string,
  replies: Reply[],
  now: Date,
  pullChannel = false,
): Promise<StoredMessage[]> {
  if (replies.length === 0) return [];
  // One statement for all the replies of a turn; ids follow the insertion order.
  const rows = await tx.message.createManyAndReturn({
    data: replies.map((reply) => ({
      conversationId,
      direction: "bot",
      text: reply.text,
      payload: toInputJson({ reply, inReplyTo: inboundId }),
      intent: reply.channelData.intent ?? null,
      createdAt: now,
      deliveredAt: pullChannel ? now : null,
    })),
  });
  return rows.sort((a, b) => (a.id < b.id ? -1 : 1)).map(toStoredMessage);
}
