import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "../dashboard/DateRange.ts";

const RowSchema = z.object({
  answerKey: z.string(),
  intent: z.string().nullable(),
  up: z.coerce.number(),
  down: z.coerce.number(),
  /** Up to five recent "not helpful" with what the user asked and what they said was missing. */
  samples: z.array(
    z.object({
      messageId: z.string(),
      conversationId: z.string(),
      question: z.string().nullable(),
      comment: z.string().nullable(),
    }),
  ),
});
export type WorstAnswer = z.infer<typeof RowSchema>;

/**
 * The answers (by the content that produced them) with the most "not helpful" votes, with the
 * user's question that each rated reply answered and their "what was missing": raw words, which
 * the caller masks before showing them.
 */
export async function listWorstAnswers(db: Database, range: DateRange, limit = 10): Promise<WorstAnswer[]> {
  const rows = await db.sql.query(
    `WITH rated AS (
       SELECT f."answerKey", f.intent, f.vote, f.comment, f."messageId", f."conversationId", f."updatedAt",
              q.text AS question
         FROM "AnswerFeedback" f
         JOIN "Message" m ON m.id = f."messageId"
         LEFT JOIN "Message" q ON q.id = CASE WHEN (m.payload->>'inReplyTo') ~ '^[0-9]{1,18}$'
                                             THEN (m.payload->>'inReplyTo')::bigint END
                              AND q."conversationId" = f."conversationId" AND q.direction = 'in'
        WHERE f."createdAt" >= $1 AND f."createdAt" < $2
     )
     SELECT "answerKey", min(intent) AS intent,
            count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down,
            COALESCE((SELECT json_agg(s) FROM (
               SELECT r2."messageId"::text AS "messageId", r2."conversationId",
                      NULLIF(r2.question, '') AS question, r2.comment
                 FROM rated r2 WHERE r2."answerKey" = rated."answerKey" AND r2.vote = 'down'
                ORDER BY r2."updatedAt" DESC LIMIT 5) s), '[]'::json) AS samples
       FROM rated
      GROUP BY "answerKey"
     HAVING count(*) FILTER (WHERE vote = 'down') > 0
      ORDER BY down DESC, up ASC, "answerKey"
      LIMIT $3`,
    [range.from.toISOString(), range.to.toISOString(), limit],
  );
  return rows.map((r) => RowSchema.parse(r));
}
