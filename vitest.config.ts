import { defineConfig } from "vitest/config";

/**
 * Unit and transcript tests run once; everything under test/integration runs twice, against the
 * embedded PGlite database and against the PostgreSQL server on 127.0.0.1:5432 (a database of its
 * own per run, dropped afterwards).
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/integration/**", "test/e2e/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["test/integration/**/*.test.ts"],
          env: { TEST_DB: "pglite" },
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/integration/**/*.test.ts"],
          env: { TEST_DB: "postgres" },
          globalSetup: ["test/support/postgresGlobalSetup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          env: { TEST_DB: "postgres" },
          globalSetup: ["test/support/postgresGlobalSetup.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
