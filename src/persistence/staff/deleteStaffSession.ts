import type { Database } from "../Database.ts";

export async function deleteStaffSession(db: Database, id: string): Promise<void> {
  await db.prisma.staffSession.deleteMany({ where: { id } });
}
