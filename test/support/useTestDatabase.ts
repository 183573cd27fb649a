import type { Database } from "../../src/persistence/Database.ts";
import { beforeAllTests } from "./beforeAllTests.ts";
import { openTestDatabase } from "./testDatabase.ts";

/** A migrated database of the kind under test for the tests of a file: opened before them, dropped after. */
export function useTestDatabase(): () => Database {
  const opened = beforeAllTests(
    () => openTestDatabase(),
    (database) => database.drop(),
  );
  return () => opened().db;
}
