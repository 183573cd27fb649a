import { z } from "zod";
import type { Database } from "../Database.ts";
import { type DateRange, romeDay } from "./DateRange.ts";

const RowSchema = z.object({ day: z.string(), channel: z.string(), count: z.coerce.number() });

/** New conversations per Rome day and channel (from the anonymous `conversation_started` events). */
export async function countConversationsPerDay(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT ${romeDay("createdAt")} AS day, channel, count(*) AS count
       FROM "AnalyticsEvent"
      WHERE kind = 'conversation_started' AND "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
