import type { Tally } from "../../src/app/evaluation/Tally.ts";

export function percent(t: Tally): string {
  return t.total === 0 ? "   –  " : `${((100 * t.passed) / t.total).toFixed(1).padStart(5)}%`;
}

/** A plain-text table: one row per key with passed/total and the rate; empty rows are left out. */
export function rateTable(title: string, tallies: Map<string, Tally>): string {
  const rows = [...tallies].filter(([, t]) => t.total > 0);
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const lines = [`${title.padEnd(width)}  passed  total    rate`];
  for (const [key, t] of rows) {
    lines.push(
      `${key.padEnd(width)}  ${String(t.passed).padStart(6)}  ${String(t.total).padStart(5)}  ${percent(t)}`,
    );
  }
  return lines.join("\n");
}
