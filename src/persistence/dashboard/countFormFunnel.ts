import { z } from "zod";
import type { Database } from "../Database.ts";
import type { DateRange } from "./DateRange.ts";

const RowSchema = z.object({
  formId: z.string(),
  kind: z.string(),
  step: z.string().nullable(),
  count: z.coerce.number(),
});

/** Forms started, each step answered, submitted (and cancelled), per form. */
export async function countFormFunnel(db: Database, range: DateRange) {
  const rows = await db.sql.query(
    `SELECT COALESCE("formId", '?') AS "formId", kind, step, count(*) AS count
       FROM "AnalyticsEvent"
      WHERE kind IN ('form_started', 'form_step', 'form_submitted', 'form_cancelled', 'form_consent_declined')
        AND "createdAt" >= $1 AND "createdAt" < $2
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    [range.from.toISOString(), range.to.toISOString()],
  );
  return rows.map((r) => RowSchema.parse(r));
}
