import type { Prisma } from "../generated/client.ts";

/** Gives an escalated conversation (queued or already taken) to another staff member. */
export async function assignHandoff(
  client: Prisma.TransactionClient,
  conversationId: string,
  staffId: string,
): Promise<boolean> {
  const { count } = await client.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] } },
    data: { handoffStatus: "with_staff", assignedStaffId: staffId },
  });
  return count === 1;
}
