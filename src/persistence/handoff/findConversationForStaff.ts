import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";

/** One conversation, if it lies within the staff member's territories (otherwise: not found). */
export async function findConversationForStaff(db: Database, id: string, access: AtsAccess) {
  return db.prisma.conversation.findFirst({
    where: { id, ...atsWhere(access) },
    select: {
      id: true,
      channel: true,
      lang: true,
      atsId: true,
      province: true,
      handoffStatus: true,
      handoffReason: true,
      handoffQueuedAt: true,
      handoffOfferedAt: true,
      handoffForwardedAt: true,
      assignedStaffId: true,
      createdAt: true,
      lastActivityAt: true,
      assignedStaff: { select: { displayName: true } },
    },
  });
}
