import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Reply } from "../../conversation/turn.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/** The bot's replies, in order, each remembering the inbound message it answers. */
export async function insertReplies(
  tx: Prisma.TransactionClient,
  conversationId: string,
  inboundId: string,
  replies: Reply[],
  now: Date,
): Promise<StoredMessage[]> {
  const stored: StoredMessage[] = [];
  for (const reply of replies) {
    const row = await tx.message.create({
      data: {
        conversationId,
        direction: "bot",
        text: reply.text,
        payload: toInputJson({ reply, inReplyTo: inboundId }),
        intent: reply.channelData.intent ?? null,
        createdAt: now,
      },
    });
    stored.push(toStoredMessage(row));
  }
  return stored;
}
