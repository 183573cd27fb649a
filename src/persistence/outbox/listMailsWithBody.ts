import type { Database } from "../Database.ts";

/**
 * Which of `ids` are mails still waiting to be sent with their body: the only ones whose .eml copy
 * may stay on disk (an erased, expired, cancelled or sent mail has no reason to be there).
 */
export async function listMailsWithBody(db: Database, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.prisma.outboxMail.findMany({
    where: { id: { in: ids }, status: { in: ["pending", "failed"] }, NOT: { text: "" } },
    select: { id: true },
  });
  return new Set(rows.map((row) => row.id));
}
