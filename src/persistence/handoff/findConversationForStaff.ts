import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";
import { handoffColumns } from "./handoffColumns.ts";

/** One conversation, if it lies within the staff member's territories (otherwise: not found). */
export async function findConversationForStaff(db: Database, id: string, access: AtsAccess) {
  return db.prisma.conversation.findFirst({
    where: { id, ...atsWhere(access) },
    select: {
      ...handoffColumns,
      createdAt: true,
      lastActivityAt: true,
      assignedStaff: { select: { displayName: true } },
    },
  });
}
