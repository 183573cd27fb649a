import type { Database } from "../Database.ts";

/** Emails are compared lower-cased: staff type them in any case. */
export async function findStaffByEmail(db: Database, email: string) {
  return db.prisma.staff.findUnique({ where: { email: email.trim().toLowerCase() } });
}
