import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "../dashboard/DateRange.ts";

const RowSchema = z.object({
  kind: z.enum(["answer", "rating"]),
  createdAt: z.coerce.date(),
  channel: z.string(),
  intent: z.string().nullable(),
  answerKey: z.string().nullable(),
  vote: z.string().nullable(),
  comment: z.string().nullable(),
  trigger: z.string().nullable(),
  atsId: z.string().nullable(),
  score: z.coerce.number().nullable(),
});

/** Every vote and rating of the period, oldest first, without conversation or message ids. */
export async function listFeedbackForExport(db: Database, range: DateRange, limit = 50_000) {
  const rows = await db.sql.query(
    `SELECT * FROM (
       SELECT 'answer' AS kind, ("createdAt" AT TIME ZONE 'UTC') AS "createdAt", channel, intent, "answerKey",
              vote, comment, NULL::text AS trigger, NULL::text AS "atsId", NULL::int AS score
         FROM "AnswerFeedback" WHERE "createdAt" >= $1 AND "createdAt" < $2
       UNION ALL
       SELECT 'rating', ("createdAt" AT TIME ZONE 'UTC'), channel, NULL, NULL, NULL, NULL, trigger, "atsId", score
         FROM "ConversationRating" WHERE "createdAt" >= $1 AND "createdAt" < $2
     ) t ORDER BY "createdAt", kind, channel LIMIT $3`,
    [range.from.toISOString(), range.to.toISOString(), limit],
  );
  return rows.map((r) => RowSchema.parse(r));
}
