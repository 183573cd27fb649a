import { z } from "zod";
import type { Database } from "../Database.ts";
import { type DateRange, romeDay } from "../dashboard/DateRange.ts";

const RowSchema = z.object({
  day: z.string(),
  channel: z.string(),
  trigger: z.string(),
  atsId: z.string().nullable(),
  rated: z.coerce.number(),
  skipped: z.coerce.number(),
  total: z.coerce.number(),
});

/**
 * End-of-conversation ratings per Rome day, channel, trigger and ATS: how many were given, skipped,
 * and the sum of the scores (the dashboard derives averages over any of these).
 */
export async function countRatings(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT ${romeDay("createdAt")} AS day, channel, trigger, "atsId",
            count(score) AS rated, count(*) FILTER (WHERE score IS NULL) AS skipped,
            COALESCE(sum(score), 0) AS total
       FROM "ConversationRating"
      WHERE "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
