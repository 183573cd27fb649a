import type { Database } from "../Database.ts";

export async function listNotes(db: Database, conversationId: string) {
  const notes = await db.prisma.note.findMany({ where: { conversationId }, orderBy: { createdAt: "asc" } });
  const authors = await db.prisma.staff.findMany({
    where: { id: { in: [...new Set(notes.map((n) => n.staffId))] } },
    select: { id: true, displayName: true },
  });
  const names = new Map(authors.map((a) => [a.id, a.displayName]));
  return notes.map((n) => ({ ...n, staffName: names.get(n.staffId) ?? null }));
}
