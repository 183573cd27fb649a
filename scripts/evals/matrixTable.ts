import type { Tally } from "../../src/app/evaluation/Tally.ts";

/** Rows × columns of "passed/total" cells ("·" where nothing was measured). */
export function matrixTable(
  rows: readonly string[],
  columns: readonly string[],
  cell: (row: string, column: string) => Tally,
): string {
  const texts = rows.map((r) =>
    columns.map((c) => {
      const t = cell(r, c);
      return t.total === 0 ? "·" : `${t.passed}/${t.total}`;
    }),
  );
  const first = Math.max(...rows.map((r) => r.length));
  const widths = columns.map((c, j) => Math.max(c.length, ...texts.map((row) => (row[j] ?? "").length)));
  const line = (head: string, cells: string[]) =>
    `${head.padEnd(first)}  ${cells.map((x, j) => x.padStart(widths[j] ?? 0)).join("  ")}`;
  return [line("", [...columns]), ...rows.map((r, i) => line(r, texts[i] ?? []))].join("\n");
}
