import type { Database } from "../../../../src/persistence/Database.ts";

/** A web conversation `id` with one message the bot understood with little confidence, as stored. */
export async function seedUnanswered(
  db: Database,
  id: string,
  message: { text: string; intent: string; confidence: number },
) {
  await db.prisma.conversation.create({ data: { id, channel: "web", externalKey: id, state: {} } });
  await db.prisma.message.create({ data: { conversationId: id, direction: "in", ...message } });
}
