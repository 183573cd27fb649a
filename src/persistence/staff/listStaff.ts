import type { Database } from "../Database.ts";

/** Staff accounts without their password hashes, for the administrators' page. */
export async function listStaff(db: Database) {
  return db.prisma.staff.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    select: {
      id: true,
      email: true,
      displayName: true,
      role: true,
      atsId: true,
      active: true,
      failedLogins: true,
      lockedUntil: true,
      createdAt: true,
    },
  });
}
