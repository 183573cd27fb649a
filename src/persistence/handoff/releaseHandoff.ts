import type { Database } from "../Database.ts";

/**
 * Ends a handoff (hand back to the bot, or close): the bot answers again and the conversation
 * leaves the queue. The dialog state is untouched, so the bot resumes where it was.
 */
export async function releaseHandoff(db: Database, conversationId: string): Promise<boolean> {
  const { count } = await db.prisma.conversation.updateMany({
    where: { id: conversationId, handoffStatus: { in: ["queued", "with_staff"] } },
    data: {
      handoffStatus: "none",
      assignedStaffId: null,
      handoffReason: null,
      handoffQueuedAt: null,
      handoffOfferedAt: null,
      handoffForwardedAt: null,
    },
  });
  return count === 1;
}
