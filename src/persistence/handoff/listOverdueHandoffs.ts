import type { Database } from "../Database.ts";

/** Queued, unclaimed conversations waiting since before `queuedBefore` and not yet offered the mailbox. */
export async function listOverdueHandoffs(db: Database, queuedBefore: Date) {
  return db.prisma.conversation.findMany({
    where: {
      handoffStatus: "queued",
      assignedStaffId: null,
      handoffOfferedAt: null,
      handoffQueuedAt: { lt: queuedBefore },
    },
    orderBy: { handoffQueuedAt: "asc" },
    take: 100,
    select: { id: true },
  });
}
