import { randomUUID } from "node:crypto";
import type { Prisma } from "../generated/client.ts";

/** An internal note: staff only, never sent to the user. */
export async function insertNote(
  client: Prisma.TransactionClient,
  note: { conversationId: string; staffId: string; text: string; now: Date },
): Promise<string> {
  const id = randomUUID();
  await client.note.create({
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
