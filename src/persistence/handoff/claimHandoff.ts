import type { Prisma } from "../generated/client.ts";

/**
 * Takes a queued conversation for one staff member. One guarded UPDATE: when two people click at
 * once only one gets it. Returns whether this caller did.
 */
export async function claimHandoff(
  client: Prisma.TransactionClient,
  conversationId: string,
  staffId: string,
): Promise<boolean> {
  const { count } = await client.conversation.updateMany({
    where: { id: conversationId, handoffStatus: "queued", assignedStaffId: null },
    data: { handoffStatus: "with_staff", assignedStaffId: staffId },
  });
  return count === 1;
}
