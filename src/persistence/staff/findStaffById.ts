import type { Database } from "../Database.ts";

export async function findStaffById(db: Database, id: string) {
  return db.prisma.staff.findUnique({ where: { id } });
}
