import type { OfficeHours } from "./OfficeHours.ts";
import { romeWallClock } from "./romeWallClock.ts";

/** Staff are on duty during office hours (Rome time): outside them nobody will read the queue. */
export function isOnDuty(hours: OfficeHours, at: Date): boolean {
  const clock = romeWallClock(at);
  return (
    hours.days.includes(clock.weekday) && clock.minutes >= hours.opensAt && clock.minutes < hours.closesAt
  );
}
