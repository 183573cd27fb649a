import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "./DateRange.ts";

const RowSchema = z.object({ intent: z.string(), count: z.coerce.number() });

/** How often each intent was recognised, one `intent` event per user message (none: out_of_scope). */
export async function countIntents(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT COALESCE(intent, 'out_of_scope') AS intent, count(*) AS count
       FROM "AnalyticsEvent"
      WHERE kind = 'intent' AND "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1 ORDER BY 2 DESC, 1`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
