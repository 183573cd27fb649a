import type { Database } from "../Database.ts";

/** The version history without the files, newest first, with the author's name for the console. */
export async function listContentVersions(db: Database) {
  const rows = await db.prisma.contentVersion.findMany({
    orderBy: { number: "desc" },
    select: { number: true, hash: true, origin: true, authorId: true, note: true, createdAt: true },
    take: 200,
  });
  const authorIds = [...new Set(rows.flatMap((r) => (r.authorId ? [r.authorId] : [])))];
  const authors = await db.prisma.staff.findMany({
    where: { id: { in: authorIds } },
    select: { id: true, displayName: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  return rows.map((r) => ({ ...r, author: r.authorId ? (names.get(r.authorId) ?? null) : null }));
}
