import { BoundedMap } from "../service/BoundedMap.ts";

export interface FailureWindow {
  /** Whether `key` has had `max` failures within the window ending at `at`. */
  exhausted(key: string, at: number): boolean;
  record(key: string, at: number): void;
}

/**
 * Failures per key in a sliding window, for limiting guesses. Memory stays bounded: at most
 * `max` times per key and `maxKeys` keys (the longest-silent forgotten first).
 */
export function createFailureWindow(options: {
  max: number;
  windowMs: number;
  maxKeys: number;
}): FailureWindow {
  const failures = new BoundedMap<string, number[]>(options.maxKeys);
  const recent = (key: string, at: number) =>
    (failures.get(key) ?? []).filter((t) => at - t < options.windowMs);
  return {
    exhausted: (key, at) => recent(key, at).length >= options.max,
    record(key, at) {
      failures.set(key, [...recent(key, at), at].slice(-options.max));
    },
  };
}
