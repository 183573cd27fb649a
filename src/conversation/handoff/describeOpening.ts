import type { Lang } from "../../content/ids.ts";
import { formatClock } from "./formatClock.ts";
import type { Opening } from "./nextOpening.ts";
import { WEEKDAY_NAMES } from "./WEEKDAY_NAMES.ts";

/** "domani alle 09:00", "lunedì alle 09:00": when a person will be there, in words. */
export function describeOpening(opening: Opening, lang: Lang): string {
  const time = formatClock(opening.minutes);
  if (lang === "it") {
    if (opening.inDays === 0) return `oggi alle ${time}`;
    if (opening.inDays === 1) return `domani alle ${time}`;
    return `${WEEKDAY_NAMES.it[opening.weekday]} alle ${time}`;
  }
  if (opening.inDays === 0) return `today at ${time}`;
  if (opening.inDays === 1) return `tomorrow at ${time}`;
  return `on ${WEEKDAY_NAMES.en[opening.weekday]} at ${time}`;
}
