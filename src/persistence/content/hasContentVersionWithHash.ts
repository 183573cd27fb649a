import type { Database } from "../Database.ts";

/** Whether these exact files were ever a version: a restart with the same deployed files adds none. */
export async function hasContentVersionWithHash(db: Database, hash: string): Promise<boolean> {
  return (await db.prisma.contentVersion.count({ where: { hash } })) > 0;
}
