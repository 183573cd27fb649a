import type { Database } from "../Database.ts";

/** The latest message the bot sent in a conversation (to tell whether the user is answering it). */
export async function findLastBotMessage(db: Database, conversationId: string) {
  return db.prisma.message.findFirst({
    where: { conversationId, direction: "bot" },
    orderBy: { id: "desc" },
    select: { id: true, payload: true },
  });
}
