import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { buildBundle } from "../../test/support/testBuild.ts";

export const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A throw-away PostgreSQL database for one benchmark run. */
export async function createBenchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cb_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface ServerProcess {
  child: ChildProcess;
  /** The Node process that runs the service. */
  pid: number;
  port: number;
  url: string;
  stop(): Promise<void>;
}

/** The Node options of the Dockerfile's `CMD`. */
const PRODUCTION_NODE_FLAGS = ["--enable-source-maps"];

let benchServerBuild: Promise<string> | undefined;

/**
 * benchServer.ts bundled by `npm run build` (the production bundle's own command and options) into
 * a folder of this run, removed when the run ends (and at the next run, if this one was killed):
 * the benchmark measures the code the image runs, started as its `CMD` starts it, not the sources
 * under tsx's loader, whose thread keeps a heap of its own that is collected while the service works.
 */
function buildBenchServer(): Promise<string> {
  benchServerBuild ??= buildBundle("bench-build", ["scripts/bench/benchServer.ts"]).then((dir) => {
    process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, "scripts", "bench", "benchServer.js");
  });
  return benchServerBuild;
}

/**
 * Starts scripts/bench/benchServer.ts (the real service + the floor route) as its own process,
 * from the production bundle (see buildBenchServer).
 */
export async function startBenchServer(env: Record<string, string>): Promise<ServerProcess> {
  const entry = await buildBenchServer();
  return new Promise((resolve, reject) => {
    // BENCH_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", to profile the service.
    const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? "").split(" ").filter(Boolean);
    const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...nodeFlags, entry], {
      env: {
        ...process.env,
        HOST: "0.0.0.0",
        PORT: "0",
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        SECRET_KEY: "bench-secret-key-0123456789abcdef-0123456789",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /LISTENING (\d+) PID (\d+)/.exec(out);
      if (m) {
        const port = Number(m[1]);
        resolve({
          child,
          pid: Number(m[2]),
          port,
          url: `http://127.0.0.1:${port}`,
          stop: () =>
            new Promise<void>((done) => {
              child.once("exit", () => done());
              child.kill("SIGTERM");
            }),
        });
      }
    });
    child.once("exit", (code) => reject(new Error(`bench server exited with ${code}`)));
  });
}

/** Resident set size of a process in MB (Linux /proc). */
export async function rssMb(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/**
 * CPU seconds (user + system) a process has used so far (Linux /proc; clock ticks are 1/100 s).
 * Per message, this is the figure that other load on the machine disturbs least.
 */
export async function cpuSeconds(pid: number | undefined): Promise<number> {
  if (!pid) return Number.NaN;
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "");
  // The command name may hold spaces: the fields that follow start after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds used so far by every PostgreSQL process on this machine (its backends do the work
 * of the queries): the database's share of a phase's cost. Other databases' load counts too, so
 * run benchmarks on a quiet machine.
 */
export async function postgresCpuSeconds(): Promise<number> {
  const pids = (await readdir("/proc").catch(() => [])).filter((name) => /^\d+$/.test(name));
  let total = 0;
  for (const pid of pids) {
    const comm = await readFile(`/proc/${pid}/comm`, "utf8").catch(() => "");
    if (comm.trim() === "postgres") total += (await cpuSeconds(Number(pid))) || 0;
  }
  return total;
}

/** Peak RSS sampled every 200 ms until stopped. */
export function sampleRss(pid: number | undefined): { stop(): number } {
  let peak = 0;
  const timer = setInterval(() => {
    void rssMb(pid).then((mb) => {
      if (mb > peak) peak = mb;
    });
  }, 200);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Distinct loopback addresses (127.0.x.y): one simulated user each, as distinct clients. */
export function loopbackAddress(index: number): string {
  const n = index + 2;
  return `127.${10 + Math.floor(n / 65_536)}.${Math.floor(n / 256) % 256}.${n % 256 || 1}`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function parseFlags(argv: string[]): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg?.startsWith("--")) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith("--")) {
      flags.set(arg.slice(2), next);
      i++;
    } else flags.set(arg.slice(2), true);
  }
  return flags;
}
