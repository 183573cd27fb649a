import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";
import { handoffColumns } from "./handoffColumns.ts";

/**
 * Conversations waiting for a person or being handled by one, oldest escalation first, within the
 * staff member's territories. Only codes and times: no message text.
 */
export async function listHandoffQueue(db: Database, access: AtsAccess) {
  return db.prisma.conversation.findMany({
    where: { handoffStatus: { in: ["queued", "with_staff"] }, ...atsWhere(access) },
    orderBy: [{ handoffQueuedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      ...handoffColumns,
      lastActivityAt: true,
      assignedStaff: { select: { displayName: true } },
    },
  });
}
