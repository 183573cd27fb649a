import type { Lang } from "../../content/ids.ts";
import { formatClock } from "./formatClock.ts";
import type { OfficeHours } from "./OfficeHours.ts";
import { WEEKDAY_NAMES } from "./WEEKDAY_NAMES.ts";

/** "dal lunedì al venerdì, 09:00–17:00": the user reads the office hours, not the configuration syntax. */
export function describeOfficeHours(hours: OfficeHours, lang: Lang): string {
  const first = hours.days[0] ?? 1;
  const last = hours.days[hours.days.length - 1] ?? first;
  const names = WEEKDAY_NAMES[lang];
  const span = `${formatClock(hours.opensAt)}–${formatClock(hours.closesAt)}`;
  if (first === last) return lang === "it" ? `il ${names[first]}, ${span}` : `on ${names[first]}, ${span}`;
  return lang === "it"
    ? `dal ${names[first]} al ${names[last]}, ${span}`
    : `${names[first]} to ${names[last]}, ${span}`;
}
