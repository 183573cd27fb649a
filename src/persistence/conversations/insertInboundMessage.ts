import type { InboundRecord } from "../../conversation/ports/ConversationStore.ts";
import type { Prisma } from "../generated/client.ts";

/** Throws Prisma's P2002 when the channel already delivered this externalId (the caller's no-op). */
export async function insertInboundMessage(
  tx: Prisma.TransactionClient,
  conversationId: string,
  inbound: InboundRecord,
  now: Date,
): Promise<string> {
  const row = await tx.message.create({
    data: {
      conversationId,
      direction: inbound.direction,
      externalId: inbound.externalId ?? null,
      text: inbound.text,
      ...(inbound.direction === "system" ? { payload: { event: "start" } } : {}),
      intent: inbound.intent ?? null,
      confidence: inbound.confidence ?? null,
      createdAt: now,
    },
    select: { id: true },
  });
  return row.id.toString();
}
