const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

/**
 * OFFICE_HOURS that exclude now: one minute at 03:00 (Rome) on the day after tomorrow, as
 * dialog-check.mjs suggests ("mon 03:00-03:01" on any other day).
 */
export function closedOfficeHours(now: Date = new Date()): string {
  const later = new Date(now.getTime() + 2 * 86_400_000);
  const weekday = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Rome", weekday: "short" })
    .format(later)
    .toLowerCase();
  const day = DAYS.find((d) => weekday.startsWith(d)) ?? "sun";
  return `${day} 03:00-03:01`;
}
