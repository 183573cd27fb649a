import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "../dashboard/DateRange.ts";

const RowSchema = z.object({
  intent: z.string().nullable(),
  channel: z.string(),
  up: z.coerce.number(),
  down: z.coerce.number(),
});

/** Votes on answers per intent and channel: the dashboard sums them either way. */
export async function countVotesByIntentAndChannel(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT intent, channel,
            count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down
       FROM "AnswerFeedback"
      WHERE "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
