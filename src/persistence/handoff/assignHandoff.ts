import type { Database } from "../Database.ts";

/** Gives an escalated conversation (queued or already taken) to another staff member. */
export async function assignHandoff(db: Database, conversationId: string, staffId: string): Promise<boolean> {
  const { count } = await db.prisma.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] } },
    data: { handoffStatus: "with_staff", assignedStaffId: staffId },
  });
  return count === 1;
}
