import type { AtsAccess } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";
import { handoffColumns } from "./handoffColumns.ts";
import { handoffWhere } from "./handoffWhere.ts";

/**
 * Conversations waiting for a person or being handled by one, oldest escalation first, within the
 * staff member's territories, and those without a territory nobody took yet. Only codes and
 * times: no message text.
 */
export async function listHandoffQueue(db: Database, access: AtsAccess, staffId: string) {
  return db.prisma.conversation.findMany({
    where: { handoffStatus: { in: ["queued", "with_staff"] }, ...handoffWhere(access, staffId) },
    orderBy: [{ handoffQueuedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: {
      ...handoffColumns,
      lastActivityAt: true,
      assignedStaff: { select: { displayName: true } },
    },
  });
}
