import { z } from "zod";

/** ISO weekdays, Monday = 1 … Sunday = 7. */
export const WeekdaySchema = z.number().int().min(1).max(7);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** When staff are on duty, in Rome's wall-clock time (the configuration says "mon-fri 09:00-17:00"). */
export const OfficeHoursSchema = z.object({
  days: z.array(WeekdaySchema).min(1),
  /** Minutes after midnight. */
  opensAt: z.number().int().min(0).max(1439),
  closesAt: z.number().int().min(1).max(1440),
});
export type OfficeHours = z.infer<typeof OfficeHoursSchema>;
