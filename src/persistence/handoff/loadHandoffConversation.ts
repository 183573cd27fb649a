import type { Database } from "../Database.ts";

/** The handoff columns of one conversation, for the service and the queue sweep (no access filter). */
export async function loadHandoffConversation(db: Database, conversationId: string) {
  return db.prisma.conversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      channel: true,
      externalKey: true,
      lang: true,
      atsId: true,
      province: true,
      handoffStatus: true,
      handoffReason: true,
      handoffQueuedAt: true,
      handoffOfferedAt: true,
      handoffForwardedAt: true,
      assignedStaffId: true,
    },
  });
}
