import type { Period } from "../../content/periodsSchema.ts";

export type PeriodStatus = "upcoming" | "open" | "closed";

/**
 * Whether what the bot describes can still be applied for today. A notice is over when applications
 * closed (`closed_by`, when the source gives no deadline), a programme when its activities ended.
 */
export function periodStatus(period: Period, today: string): PeriodStatus {
  if (today < period.start.date) return "upcoming";
  const last = period.kind === "notice" ? (period.closed_by ?? period.end) : (period.end ?? period.closed_by);
  return last !== undefined && today > last.date ? "closed" : "open";
}
