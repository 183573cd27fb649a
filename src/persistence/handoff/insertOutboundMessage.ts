import type { Reply } from "../../conversation/turn.ts";
import type { Prisma } from "../generated/client.ts";
import { toInputJson } from "../toInputJson.ts";

/**
 * A message to the user outside a bot turn: a staff member's reply ("staff", with who wrote it) or
 * a handoff notice ("bot"). The payload keeps the reply as the channels render it.
 */
export async function insertOutboundMessage(
  client: Prisma.TransactionClient,
  message: { conversationId: string; direction: "bot" | "staff"; reply: Reply; staffId?: string; now: Date },
): Promise<string> {
  const row = await client.message.create({
    data: {
      conversationId: message.conversationId,
      direction: message.direction,
      text: message.reply.text,
      payload: toInputJson({ reply: message.reply }),
      intent: message.reply.channelData.intent ?? null,
      staffId: message.staffId ?? null,
      createdAt: message.now,
    },
    select: { id: true },
  });
  return row.id.toString();
}
