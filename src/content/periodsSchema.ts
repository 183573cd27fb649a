import { z } from "zod";
import { checkListedOnce } from "./checkListedOnce.ts";
import { isoDateSchema } from "./isoDateSchema.ts";
import { LocalizedTextSchema } from "./localizedTextSchema.ts";

export const DatedFactSchema = z.strictObject({
  date: isoDateSchema,
  /** How precise the source is: "luglio 2017" is a month, not the 1st of July. */
  precision: z.enum(["day", "month", "year"]),
  source: z.string().min(1),
  note: z.string().optional(),
});

export const PeriodSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_]+$/, "expected a snake_case id"),
    kind: z.enum(["programme", "notice"]),
    name: LocalizedTextSchema,
    start: DatedFactSchema,
    /** Last day of the activities. */
    end: DatedFactSchema.optional(),
    /** Applications were closed by this day (when the source gives no explicit deadline). */
    closed_by: DatedFactSchema.optional(),
  })
  .superRefine((period, ctx) => {
    if (!period.end && !period.closed_by) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "a period needs `end` or `closed_by`" });
    }
    const last = period.end ?? period.closed_by;
    if (last && last.date < period.start.date) {
      ctx.addIssue({
        code: "custom",
        path: [period.end ? "end" : "closed_by"],
        message: "ends before it starts",
      });
    }
  });
export type Period = z.infer<typeof PeriodSchema>;

/** `intents/programme/periods.yaml`: a new programming period is a new entry here, not new code. */
export const PeriodsFileSchema = z
  .strictObject({ periods: z.array(PeriodSchema).min(1) })
  .superRefine((file, ctx) => {
    checkListedOnce(ctx, ["periods"], file.periods, "id");
  });
export type PeriodsFile = z.infer<typeof PeriodsFileSchema>;
