import type { AtsAccess } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";
import { handoffColumns } from "./handoffColumns.ts";
import { handoffWhere } from "./handoffWhere.ts";

/**
 * One conversation, if it lies within the staff member's territories or is an escalation they may
 * take (see handoffWhere); otherwise: not found.
 */
export async function findConversationForStaff(db: Database, id: string, access: AtsAccess, staffId: string) {
  return db.prisma.conversation.findFirst({
    where: { id, ...handoffWhere(access, staffId) },
    select: {
      ...handoffColumns,
      createdAt: true,
      lastActivityAt: true,
      assignedStaff: { select: { displayName: true } },
    },
  });
}
