import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "./DateRange.ts";

const RowSchema = z.object({ province: z.string(), action: z.string(), count: z.coerce.number() });

/** Actions recommended by the eligibility verdicts, per province (`verdict` events; no province: "?"). */
export async function countRecommendedActions(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT COALESCE(province, '?') AS province, action, count(*) AS count
       FROM "AnalyticsEvent", unnest("actionIds") AS action
      WHERE kind = 'verdict' AND "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
