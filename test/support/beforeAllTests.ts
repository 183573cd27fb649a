import { afterAll, beforeAll } from "vitest";

/**
 * What the tests of a file share, made before them (`beforeAll`) and stopped after them
 * (`afterAll`); the function returned gives it to a test and throws when called before it exists.
 */
export function beforeAllTests<T>(start: () => Promise<T>, stop: (value: T) => Promise<void>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  });
  afterAll(async () => {
    if (value !== undefined) await stop(value);
  });
  return () => {
    if (value === undefined) throw new Error("made before the tests, not yet there");
    return value;
  };
}
