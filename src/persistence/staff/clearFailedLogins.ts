import type { Database } from "../Database.ts";

/** A correct password resets the count of wrong ones. */
export async function clearFailedLogins(db: Database, staffId: string): Promise<void> {
  await db.prisma.staff.update({ where: { id: staffId }, data: { failedLogins: 0, lockedUntil: null } });
}
