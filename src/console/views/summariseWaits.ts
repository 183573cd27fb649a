/** Buckets (minutes) the dashboard shows waiting times in. */
export const WAIT_BUCKETS: ReadonlyArray<{ label: string; upToMinutes: number }> = [
  { label: "< 1", upToMinutes: 1 },
  { label: "1–5", upToMinutes: 5 },
  { label: "5–15", upToMinutes: 15 },
  { label: "15–30", upToMinutes: 30 },
  { label: "30–60", upToMinutes: 60 },
  { label: "> 60", upToMinutes: Number.POSITIVE_INFINITY },
];

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? null;
}

/**
 * Waiting times (seconds) as the dashboard shows them: a histogram in minutes plus median and 90th
 * percentile, which say more about the people left waiting than the mean does.
 */
export function summariseWaits(seconds: number[]) {
  const minutes = seconds.map((s) => s / 60).sort((a, b) => a - b);
  const counts = WAIT_BUCKETS.map(() => 0);
  for (const m of minutes) {
    const index = WAIT_BUCKETS.findIndex((b) => m < b.upToMinutes);
    counts[index < 0 ? WAIT_BUCKETS.length - 1 : index] =
      (counts[index < 0 ? WAIT_BUCKETS.length - 1 : index] ?? 0) + 1;
  }
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);
  return {
    buckets: WAIT_BUCKETS.map((b, i) => ({ label: b.label, count: counts[i] ?? 0 })),
    count: minutes.length,
    medianMinutes: round(quantile(minutes, 0.5)),
    p90Minutes: round(quantile(minutes, 0.9)),
  };
}
