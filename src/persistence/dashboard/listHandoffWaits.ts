import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "./DateRange.ts";

const RowSchema = z.object({ seconds: z.coerce.number() });

/** Seconds each claimed escalation waited in the queue (`handoff_claimed` events). */
export async function listHandoffWaits(db: Database, range: DateRange): Promise<number[]> {
  const rows = await db.sql.query(
    `SELECT value AS seconds FROM "AnalyticsEvent"
      WHERE kind = 'handoff_claimed' AND value IS NOT NULL AND "createdAt" >= $1 AND "createdAt" < $2
      ORDER BY "createdAt" LIMIT 10000`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r).seconds);
}
