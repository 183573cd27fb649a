import type { Weekday } from "./OfficeHours.ts";

export interface WallClock {
  weekday: Weekday;
  /** Minutes after midnight. */
  minutes: number;
}

const formatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Rome",
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const WEEKDAYS: Record<string, Weekday> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/**
 * The day and time in Rome at an instant: office hours are Rome's, whatever the server's time zone,
 * and daylight saving time moves with the calendar.
 */
export function romeWallClock(at: Date): WallClock {
  let weekday: Weekday = 1;
  let hours = 0;
  let minutes = 0;
  for (const part of formatter.formatToParts(at)) {
    if (part.type === "weekday") weekday = WEEKDAYS[part.value] ?? 1;
    if (part.type === "hour") hours = Number(part.value);
    if (part.type === "minute") minutes = Number(part.value);
  }
  return { weekday, minutes: hours * 60 + minutes };
}
