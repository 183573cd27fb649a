import type { Database } from "../Database.ts";

/**
 * The place in line of a queued conversation: 1 + the unclaimed conversations of the same
 * territory (the same ATS, or the unassigned pool) that were queued before it.
 */
export async function countQueueAhead(
  db: Database,
  conversation: { id: string; atsId: string | null; queuedAt: Date },
): Promise<number> {
  const ahead = await db.prisma.conversation.count({
    where: {
      id: { not: conversation.id },
      handoffStatus: "queued",
      assignedStaffId: null,
      atsId: conversation.atsId,
      handoffQueuedAt: { lt: conversation.queuedAt },
    },
  });
  return ahead + 1;
}
