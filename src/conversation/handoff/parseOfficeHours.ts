import type { OfficeHours, Weekday } from "./OfficeHours.ts";

const DAY_NAMES: readonly string[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

function weekdayOf(name: string): Weekday | undefined {
  const index = DAY_NAMES.indexOf(name);
  return index < 0 ? undefined : index + 1;
}

function minutesOf(hhmm: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 24 || minutes > 59 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

export type OfficeHoursResult = { ok: true; value: OfficeHours } | { ok: false; reason: string };

/**
 * Reads OFFICE_HOURS ("mon-fri 09:00-17:00", "sat 09:00-12:00", wrapping ranges like "fri-mon"
 * allowed). The configuration schema already checked the shape; this says what a range means.
 */
export function parseOfficeHours(text: string): OfficeHoursResult {
  const match = /^([a-z]{3})(?:-([a-z]{3}))? (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(text.trim().toLowerCase());
  if (!match) return { ok: false, reason: 'atteso per esempio "mon-fri 09:00-17:00"' };
  const first = weekdayOf(match[1] ?? "");
  const last = weekdayOf(match[2] ?? match[1] ?? "");
  const opensAt = minutesOf(match[3] ?? "");
  const closesAt = minutesOf(match[4] ?? "");
  if (first === undefined || last === undefined) return { ok: false, reason: "giorno non riconosciuto" };
  if (opensAt === undefined || closesAt === undefined) return { ok: false, reason: "orario non valido" };
  if (closesAt <= opensAt) return { ok: false, reason: "l'orario di chiusura deve seguire l'apertura" };
  const days: Weekday[] = [];
  for (let day = first; ; day = (day % 7) + 1) {
    days.push(day);
    if (day === last) break;
  }
  return { ok: true, value: { days, opensAt, closesAt } };
}
