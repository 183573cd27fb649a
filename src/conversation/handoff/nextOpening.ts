import type { OfficeHours, Weekday } from "./OfficeHours.ts";
import { romeWallClock } from "./romeWallClock.ts";

const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

export interface Opening {
  /** 0 = later today, 1 = tomorrow, … */
  inDays: number;
  weekday: Weekday;
  /** Minutes after midnight, Rome time. */
  minutes: number;
}

/**
 * When staff are next on duty after `at` (or now, if they already are), in Rome's wall clock: the
 * user is told "we reopen tomorrow at 09:00", never a UTC time.
 */
export function nextOpening(hours: OfficeHours, at: Date): Opening {
  const now = romeWallClock(at);
  for (let inDays = 0; inDays <= 7; inDays++) {
    const weekday = WEEK[(now.weekday - 1 + inDays) % 7] ?? now.weekday;
    if (!hours.days.includes(weekday)) continue;
    if (inDays === 0 && now.minutes >= hours.closesAt) continue;
    const minutes = inDays === 0 ? Math.max(now.minutes, hours.opensAt) : hours.opensAt;
    return { inDays, weekday, minutes };
  }
  return { inDays: 7, weekday: now.weekday, minutes: hours.opensAt };
}
