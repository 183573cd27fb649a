const offsetFormatter = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Rome",
  timeZoneName: "longOffset",
});

function romeOffsetMinutes(at: Date): number {
  const name = offsetFormatter.formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/**
 * The instant a calendar day ("2026-03-29") starts in Rome: staff filter by Italian days, and the
 * offset changes with daylight saving time.
 */
export function romeMidnight(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`);
  const first = new Date(utcMidnight.getTime() - romeOffsetMinutes(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - romeOffsetMinutes(first) * 60_000);
}
