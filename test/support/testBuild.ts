import { execFile } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { processIsAlive } from "../../src/kernel/processIsAlive.ts";

/** The application folder (this file is in test/support). */
const ROOT = path.resolve(import.meta.dirname, "../..");
/** Where the global setup leaves this run's bundle; the workers inherit it. */
const BUILD_DIR_VARIABLE = "TEST_BUILD_DIR";
/** Inside the application folder, so a bundle finds package.json and node_modules walking up, as dist/ does. */
const BUILDS = path.join(ROOT, "node_modules", ".cache", "conciliabot");
/** The entry points of `npm run build`. */
const BUILD_ENTRIES = ["src/app/main.ts", "src/app/cli.ts"];
/** The entry points the tests start as processes of their own, besides those of `npm run build`. */
const EXTRA_ENTRIES = ["test/support/slowRouteServer.ts"];

const building: { done?: Promise<string> } = {};

/**
 * In the global setup: `npm run build` (the production bundle's own command and options) into a
 * folder of this run, with the tests' extra entry points. The tests start the service and the CLI
 * as processes from it instead of from the sources under tsx: the same code, built a second
 * earlier, and a quarter less CPU per process (30 November 2026: a service's start to /readyz 4.5
 * → 3.3 s of CPU). A service in the test's own process runs its draft evaluations from here too
 * (startServiceInProcess, the console harness). Folders of runs that are gone are removed.
 */
export function buildForTests(): Promise<string> {
  building.done ??= buildBundle("test-build", EXTRA_ENTRIES).then((dir) => {
    process.env[BUILD_DIR_VARIABLE] = dir;
    return dir;
  });
  return building.done;
}

/**
 * `npm run build` (the production bundle's own command and options), with `extraEntries` besides
 * its own, into `node_modules/.cache/conciliabot/<kind>/<pid of this process>`, paths kept as in
 * the sources (`--outbase=.`); the folders of processes that are gone are removed first. The tests'
 * processes and the benchmarks' server start from such a bundle. Resolves to the folder.
 */
export async function buildBundle(kind: string, extraEntries: readonly string[]): Promise<string> {
  const builds = path.join(BUILDS, kind);
  const earlier = await readdir(builds).catch(() => []);
  await Promise.all(
    earlier
      .filter((name) => !processIsAlive(Number(name)) || Number(name) === process.pid)
      .map((name) => rm(path.join(builds, name), { recursive: true, force: true })),
  );
  const dir = path.join(builds, String(process.pid));
  await promisify(execFile)(
    "npm",
    ["run", "-s", "build", "--", `--outdir=${dir}`, "--outbase=.", ...extraEntries],
    { cwd: ROOT, timeout: 120_000 },
  );
  return dir;
}

/** Removes this run's bundle (the global setup's teardown). */
export async function removeTestBuild(): Promise<void> {
  const dir = process.env[BUILD_DIR_VARIABLE];
  if (dir) await rm(dir, { recursive: true, force: true });
}

/**
 * How to start a TypeScript entry point of the application (e.g. `src/app/cli.ts`, relative to the
 * application folder or absolute) as a Node process: its bundle from this run's build, or under
 * tsx's loader when it has none (an entry the build does not include).
 */
export function nodeArgsFor(entry: string): string[] {
  const relative = path.relative(ROOT, path.resolve(ROOT, entry));
  const dir = process.env[BUILD_DIR_VARIABLE];
  const built = relative.replace(/\.ts$/, ".js");
  if (dir && [...BUILD_ENTRIES, ...EXTRA_ENTRIES].includes(relative)) return [path.join(dir, built)];
  return ["--import", "tsx", entry];
}
