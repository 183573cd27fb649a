import type { Database } from "../Database.ts";

/**
 * A conversation's messages oldest first, with what the bot understood (intent, confidence) and
 * the payload holding its recommendations: the staff member's full view, unlike the channels'.
 */
export async function listTranscript(db: Database, conversationId: string, afterId?: bigint, limit = 500) {
  return db.prisma.message.findMany({
    where: { conversationId, ...(afterId === undefined ? {} : { id: { gt: afterId } }) },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(limit, 1), 2000),
    select: {
      id: true,
      direction: true,
      text: true,
      payload: true,
      intent: true,
      confidence: true,
      staffId: true,
      createdAt: true,
    },
  });
}
