/**
 * `npm run bench:start`: cold start of the real service process (tsx, PGlite) until /healthz and
 * /readyz answer, on an empty data folder and then on the same, existing folder. Prints a table.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const runs = Number(process.argv[2] ?? 3);
const port = 3900 + Math.floor(Math.random() * 50);

async function startOnce(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["src/app/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: "ignore",
  });
  try {
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - started;
      if (performance.now() - started > 60_000) throw new Error("not ready within 60 s");
      await sleep(25);
    }
  } finally {
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

const empty: number[] = [];
const existing: number[] = [];
for (let i = 0; i < runs; i++) {
  const dir = await mkdtemp(path.join(tmpdir(), "bench-start-"));
  empty.push(await startOnce(dir));
  existing.push(await startOnce(dir));
  await rm(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const row = (name: string, xs: number[]) =>
  `| ${name.padEnd(22)} | ${median(xs).toFixed(0).padStart(9)} | ${Math.min(...xs)
    .toFixed(0)
    .padStart(6)} | ${Math.max(...xs)
    .toFixed(0)
    .padStart(6)} |`;
console.log(`cold start to /readyz 200, ${runs} runs (ms)`);
console.log("| data folder            | median ms | min ms | max ms |");
console.log("|------------------------|-----------|--------|--------|");
console.log(row("empty (create+migrate)", empty));
console.log(row("existing", existing));
