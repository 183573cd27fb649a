import type { HandoffReason } from "../../conversation/dialog/TurnEffect.ts";
import type { Prisma } from "../generated/client.ts";

/** Puts the conversation in the staff queue, unless it is already queued or with someone. */
export async function queueHandoff(
  tx: Prisma.TransactionClient,
  conversationId: string,
  reason: HandoffReason,
  now: Date,
): Promise<void> {
  await tx.conversation.updateMany({
    where: { id: conversationId, handoffStatus: "none" },
    data: { handoffStatus: "queued", handoffReason: reason, handoffQueuedAt: now },
  });
}
