import { z } from "zod";
import type { Database } from "../Database.ts";
import { type DateRange, romeDay } from "../dashboard/DateRange.ts";

const RowSchema = z.object({ day: z.string(), up: z.coerce.number(), down: z.coerce.number() });

/** Helpful and not helpful votes per Rome day (a message counts once, with its latest vote). */
export async function countVotesPerDay(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT ${romeDay("createdAt")} AS day,
            count(*) FILTER (WHERE vote = 'up') AS up, count(*) FILTER (WHERE vote = 'down') AS down
       FROM "AnswerFeedback"
      WHERE "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1 ORDER BY 1`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
