/**
 * `npm run bench:start [runs]`: cold start of the real service process (PGlite) until /readyz
 * answers 200, on an empty data folder and then on the same, existing folder, and its resident
 * memory once idle; for the compiled build (`node dist/main.js`, what `npm start` and the image
 * run, built by `npm run build` first) against the TypeScript sources under tsx (`node --import tsx
 * src/app/main.ts`, how production ran before), alternating so both see the same machine. Prints a
 * table.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { freePort } from "../test/support/freePort.ts";
import { rssMb } from "./bench/benchSupport.ts";

const runs = Number(process.argv[2] ?? 3);
const ROOT = path.resolve(import.meta.dirname, "..");
/** How long the process is left alone after /readyz before its RSS is read. */
const IDLE_MS = 5_000;

const VARIANTS = [
  { name: "tsx (sources)", args: ["--import", "tsx", "src/app/main.ts"] },
  { name: "compiled (dist)", args: ["--enable-source-maps", "dist/main.js"] },
] as const;

interface Sample {
  readyMs: number;
  idleRssMb: number;
}

async function startOnce(args: readonly string[], dataDir: string): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  const exited = new Promise((resolve) => child.on("exit", resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) break;
      if (performance.now() - started > 90_000) throw new Error("not ready within 90 s");
      await sleep(25);
    }
    const readyMs = performance.now() - started;
    await sleep(IDLE_MS);
    if (child.pid === undefined) throw new Error("no pid");
    return { readyMs, idleRssMb: await rssMb(child.pid) };
  } finally {
    child.kill("SIGTERM");
    await exited;
  }
}

const samples = new Map<string, { empty: Sample[]; existing: Sample[] }>(
  VARIANTS.map((v) => [v.name, { empty: [], existing: [] }]),
);
for (let i = 0; i < runs; i++) {
  for (const variant of VARIANTS) {
    const dir = await mkdtemp(path.join(tmpdir(), "bench-start-"));
    const into = samples.get(variant.name);
    if (!into) throw new Error(variant.name);
    into.empty.push(await startOnce(variant.args, dir));
    into.existing.push(await startOnce(variant.args, dir));
    await rm(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const cell = (xs: number[], digits: number, width: number) =>
  `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`.padStart(
    width,
  );
console.log(
  `cold start to /readyz 200 and RSS ${IDLE_MS / 1000} s after, ${runs} runs each: median (min–max)`,
);
console.log("| start           | data folder | ready ms              | idle RSS MB           |");
console.log("|-----------------|-------------|-----------------------|-----------------------|");
for (const [name, { empty, existing }] of samples) {
  for (const [folder, xs] of [
    ["empty", empty],
    ["existing", existing],
  ] as const) {
    console.log(
      `| ${name.padEnd(15)} | ${folder.padEnd(11)} | ${cell(
        xs.map((s) => s.readyMs),
        0,
        21,
      )} | ${cell(
        xs.map((s) => s.idleRssMb),
        0,
        21,
      )} |`,
    );
  }
}
