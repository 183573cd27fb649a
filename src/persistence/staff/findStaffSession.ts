import type { Database } from "../Database.ts";

/** A live session of an active account, with the account; expired sessions are not found. */
export async function findStaffSession(db: Database, id: string, now: Date) {
  return db.prisma.staffSession.findFirst({
    where: { id, expiresAt: { gt: now }, staff: { active: true } },
    include: { staff: true },
  });
}
