import type { Database } from "../Database.ts";

export interface AuditQuery {
  limit: number;
  /** Entries older than this id (paging backwards). */
  beforeId?: bigint | undefined;
  staffId?: string | undefined;
  action?: string | undefined;
  objectId?: string | undefined;
}

/** Newest first, with the staff member's email so the log reads without a join by hand. */
export async function listAuditLog(db: Database, query: AuditQuery) {
  const entries = await db.prisma.auditLog.findMany({
    where: {
      ...(query.beforeId !== undefined ? { id: { lt: query.beforeId } } : {}),
      ...(query.staffId ? { staffId: query.staffId } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.objectId ? { objectId: query.objectId } : {}),
    },
    orderBy: { id: "desc" },
    take: query.limit,
  });
  const staffIds = [...new Set(entries.flatMap((e) => (e.staffId ? [e.staffId] : [])))];
  const staff = await db.prisma.staff.findMany({
    where: { id: { in: staffIds } },
    select: { id: true, email: true },
  });
  const emails = new Map(staff.map((s) => [s.id, s.email]));
  return entries.map((e) => ({ ...e, staffEmail: e.staffId ? (emails.get(e.staffId) ?? null) : null }));
}
