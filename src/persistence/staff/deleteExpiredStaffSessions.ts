import type { Database } from "../Database.ts";

/** Housekeeping: expired sessions are useless and only grow the table. */
export async function deleteExpiredStaffSessions(db: Database, now: Date): Promise<number> {
  const deleted = await db.prisma.staffSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return deleted.count;
}
