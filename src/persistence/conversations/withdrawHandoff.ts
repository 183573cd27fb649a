import type { Prisma } from "../generated/client.ts";
import { HANDOFF_CLEARED } from "../handoff/HANDOFF_CLEARED.ts";

/**
 * The user no longer wants a person: the conversation leaves the queue in the turn that says so.
 * Only a waiting escalation is withdrawn; one a staff member already took stays theirs.
 */
export async function withdrawHandoff(tx: Prisma.TransactionClient, conversationId: string): Promise<void> {
  await tx.conversation.updateMany({
    where: { id: conversationId, handoffStatus: "queued", assignedStaffId: null },
    data: HANDOFF_CLEARED,
  });
}
