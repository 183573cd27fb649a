import { randomUUID } from "node:crypto";
import type { Database } from "../Database.ts";

/** An internal note: staff only, never sent to the user. */
export async function insertNote(
  db: Database,
  note: { conversationId: string; staffId: string; text: string; now: Date },
): Promise<string> {
  const id = randomUUID();
  await db.prisma.note.create({
    data: {
      id,
      conversationId: note.conversationId,
      staffId: note.staffId,
      text: note.text,
      createdAt: note.now,
    },
  });
  return id;
}
