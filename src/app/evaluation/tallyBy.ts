import type { Tally } from "./Tally.ts";

/** Counts passes per key, keys in the order given first, then any other key met. */
export function tallyBy<T>(
  items: T[],
  keyOf: (item: T) => string,
  ok: (item: T) => boolean,
  order: readonly string[] = [],
): Map<string, Tally> {
  const tallies = new Map<string, Tally>(order.map((k) => [k, { passed: 0, total: 0 }]));
  for (const item of items) {
    const key = keyOf(item);
    const tally = tallies.get(key) ?? { passed: 0, total: 0 };
    tally.total++;
    if (ok(item)) tally.passed++;
    tallies.set(key, tally);
  }
  return tallies;
}
