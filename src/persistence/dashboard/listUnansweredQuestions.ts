import type { Database } from "../Database.ts";
import type { DateRange } from "./DateRange.ts";

/**
 * What people wrote that the bot did not understand (out_of_scope, or understood with confidence
 * below `threshold`), newest first: the raw material for new utterances in intents/.
 */
export async function listUnansweredQuestions(
  db: Database,
  range: DateRange,
  threshold: number,
  limit = 200,
) {
  return db.prisma.message.findMany({
    where: {
      direction: "in",
      text: { not: "" },
      createdAt: { gte: range.from, lt: range.to },
      OR: [{ intent: "out_of_scope" }, { confidence: { lt: threshold } }],
    },
    orderBy: { id: "desc" },
    take: limit,
    select: {
      id: true,
      text: true,
      intent: true,
      confidence: true,
      createdAt: true,
      conversation: { select: { channel: true } },
    },
  });
}
