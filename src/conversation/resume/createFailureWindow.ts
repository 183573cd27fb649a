import { BoundedMap } from "../../kernel/BoundedMap.ts";

/**
 * Failures per key in a sliding window, for limiting guesses. Memory stays bounded: at most
 * `max` times per key and `maxKeys` keys (the longest-silent forgotten first).
 */
export function createFailureWindow(options: { max: number; windowMs: number; maxKeys: number }) {
  const failures = new BoundedMap<string, number[]>(options.maxKeys);
  const recent = (key: string, at: number) =>
    (failures.get(key) ?? []).filter((t) => at - t < options.windowMs);
  return {
    /** Whether `key` has had `max` failures within the window ending at `at`. */
    exhausted: (key: string, at: number) => recent(key, at).length >= options.max,
    record(key: string, at: number) {
      failures.set(key, [...recent(key, at), at].slice(-options.max));
    },
  };
}
