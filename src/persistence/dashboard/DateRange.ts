/** A half-open interval of instants [from, to) chosen on the dashboard. */
export interface DateRange {
  from: Date;
  to: Date;
}

/** The SQL expression of a timestamp column's calendar day in Rome (Prisma stores UTC). */
export const romeDay = (column: string) =>
  `to_char(("${column}" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Rome', 'YYYY-MM-DD')`;
