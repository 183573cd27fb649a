import { defineConfig } from "vitest/config";
import { chooseTestTmpdir } from "./test/support/chooseTestTmpdir.ts";
import { InterleaveBrowserFiles } from "./test/support/interleaveBrowserFiles.ts";

// Before the global setups and the workers, which inherit it, as do the processes they start.
const testTmpdir = chooseTestTmpdir(process.env);
if (testTmpdir) process.env.TMPDIR = testTmpdir;

/** The global setups of every project: the warm caches first, then PostgreSQL where needed. */
const WARM_CACHES = "test/support/warmCachesGlobalSetup.ts";
const POSTGRES = "test/support/postgresGlobalSetup.ts";

/**
 * Unit and transcript tests run once; everything under test/integration runs twice, against the
 * embedded PGlite database and against PostgreSQL (a database of its own per run, dropped
 * afterwards; see postgresGlobalSetup.ts for which server), and the two passes run side by side:
 * each file has its own databases, data folders and ports. Most of a test's time is spent waiting
 * (on the database, the network, timers, child processes), so more files run at once than there are
 * cores (VITEST_MAX_WORKERS overrides it). The browser files run one at a time but among the
 * others (spread through the order by InterleaveBrowserFiles, each Chromium waiting for its turn
 * in launchChromium, two turns at once), not alone after everything else. Files that run side by
 * side share the cores, so the time limits leave room for a busy machine.
 *
 * No project isolates its files (`isolate: false`): a worker imports the application once and runs
 * file after file in it, instead of importing the whole graph again for every file. Each file
 * still starts its own services on its own databases; none mocks modules or changes the
 * environment in place. On 2 cores (30 November 2026, load 8–24 from other work, `/usr/bin/time -v
 * npx vitest run --project <p>`): CPU (user + sys) pglite 350 → 193 s, postgres 207 → 96 s, e2e
 * 128 → 112 s; vitest's "import" 136 → 32 s, 195 → 39 s, 50 → 31 s. A file that does need a
 * fresh module graph belongs in a project of its own with `isolate: true`. The services start on
 * databases migrated once per run (test/support/testDatabase.ts). Whole vitest: CPU 689 s (05:12,
 * quiet, 450 s) → 492 s (06:20, load 6–14, 498 s); see the README's test-time section.
 */
export default defineConfig({
  test: {
    // Limits that catch a hung test, never a slow machine's pace: on a 2-core machine three times
    // slower than the usual one (30 November 2026, `npm test` 12 min) single tests took up to 54 s
    // and two runs in two failed at 60 s (the console's staff CLI, a browser page checked by axe).
    testTimeout: 180_000,
    hookTimeout: 240_000,
    maxWorkers: Number(process.env.VITEST_MAX_WORKERS ?? 3),
    // A larger young generation: the workers allocate fast (PGlite, Prisma, content) and GC was a
    // tenth of their CPU. User CPU of the PGlite pass, 2 alternating pairs on 30 November: 108.9
    // and 106.9 s → 103.8 and 102.6 s. (For the service itself the bench showed no gain and 100 MB
    // more RSS, so it stays at Node's default.) On a slower machine (2 December, 6 PGlite files, 4
    // alternating pairs, user + sys) it made no difference: 75.2 / 66.4 / 70.6 / 72.0 s against 68.4 /
    // 67.4 / 76.1 / 64.7 s without, with 7 % more page faults (1.09 against 1.02 million).
    execArgv: ["--max-semi-space-size=64"],
    sequence: { sequencer: InterleaveBrowserFiles },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/integration/**", "test/e2e/**"],
          globalSetup: [WARM_CACHES],
          // One module graph per worker, not per file: the content, knowledge and understanding
          // are loaded once per worker instead of once per file (unit tests keep no global state;
          // the one with fake timers restores them), which halved the project's CPU time.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "pglite",
          include: ["test/integration/**/*.test.ts"],
          env: { TEST_DB: "pglite" },
          globalSetup: [WARM_CACHES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "postgres",
          include: ["test/integration/**/*.test.ts"],
          env: { TEST_DB: "postgres" },
          globalSetup: [WARM_CACHES, POSTGRES],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          env: { TEST_DB: "postgres" },
          globalSetup: [WARM_CACHES, POSTGRES],
          isolate: false,
          // A browser on a busy machine: polls wait as long as the pages' own waits (15 s), not 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
