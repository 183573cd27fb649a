const formatter = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Rome",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The Rome calendar day of an instant, as "YYYY-MM-DD" (the dashboard's days, the CSV's dates). */
export function romeDate(at: Date): string {
  return formatter.format(at);
}
