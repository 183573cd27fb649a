/**
 * `npm run bench:nlu`: speed of the offline understanding on one thread. Cold start is measured
 * in fresh child processes (training from the utterance files, then loading the cache it
 * wrote); latency is the full `understand()` call (intent, language, entities) over the
 * evaluation and training texts, repeated.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { loadContent } from "../src/content/loadContent.ts";
import { loadOrTrainUnderstanding } from "../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { createModelFileCache } from "../src/persistence/createModelFileCache.ts";
import { readNluEvalSet } from "./readNluEvalSet.ts";

const CONTENT_DIR = process.env.CONTENT_DIR ?? "intents";
const PhaseResultSchema = z.object({
  origin: z.enum(["cache", "trained"]),
  millis: z.number(),
  cpuMillis: z.number(),
  total: z.number(),
});

const phaseDir = process.argv[process.argv.indexOf("--phase-dir") + 1];
if (process.argv.includes("--phase-dir") && phaseDir) {
  const started = performance.now();
  const { training, territory } = await loadContent(CONTENT_DIR, "understanding");
  const cpu = process.cpuUsage();
  const loaded = await loadOrTrainUnderstanding(training, territory, createModelFileCache(phaseDir));
  const used = process.cpuUsage(cpu);
  loaded.understander.understand("ciao");
  const total = performance.now() - started;
  const cpuMillis = (used.user + used.system) / 1000;
  process.stdout.write(JSON.stringify({ origin: loaded.origin, millis: loaded.millis, cpuMillis, total }));
} else {
  await main();
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "nlu-bench-"));
  try {
    const train = coldStart(dir);
    const cache = coldStart(dir);
    const [{ training: data, territory }, evalSet] = await Promise.all([
      loadContent(CONTENT_DIR, "understanding"),
      readNluEvalSet(),
    ]);
    const store = createModelFileCache(dir);
    const { understander, hash } = await loadOrTrainUnderstanding(data, territory, store);
    const cacheBytes = (await stat(store.fileOf(hash))).size;
    const texts = [
      ...evalSet.map((line) => line.text),
      ...data.intents.flatMap((file) => [...file.utterances.it, ...file.utterances.en]),
    ];
    for (const text of texts) understander.understand(text);
    const rounds = 15;
    const latencies: number[] = [];
    const started = performance.now();
    for (let round = 0; round < rounds; round++) {
      for (const text of texts) {
        const t0 = performance.now();
        understander.understand(text);
        latencies.push(performance.now() - t0);
      }
    }
    const elapsed = performance.now() - started;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
    const longest = texts.reduce((a, b) => (b.length > a.length ? b : a), "");
    const rows: [string, string][] = [
      ["messages classified", String(latencies.length)],
      [
        "classifications per second (1 thread)",
        Math.round(latencies.length / (elapsed / 1000)).toLocaleString("en"),
      ],
      ["latency p50", `${pct(50).toFixed(3)} ms`],
      ["latency p90", `${pct(90).toFixed(3)} ms`],
      ["latency p99", `${pct(99).toFixed(3)} ms`],
      ["latency max", `${(latencies[latencies.length - 1] ?? 0).toFixed(3)} ms`],
      [
        `longest message (${longest.length} chars)`,
        `${timeOne(() => understander.understand(longest)).toFixed(3)} ms`,
      ],
      [
        "cold start: train model (fresh process)",
        `${train.millis.toFixed(0)} ms wall, ${train.cpuMillis.toFixed(0)} ms CPU (process ready ${train.total.toFixed(0)} ms)`,
      ],
      [
        "cold start: load cache (fresh process)",
        `${cache.millis.toFixed(0)} ms wall, ${cache.cpuMillis.toFixed(0)} ms CPU (process ready ${cache.total.toFixed(0)} ms)`,
      ],
      ["machine load average (1 min) / cores", `${loadavg()[0]?.toFixed(1)} / ${cpus().length}`],
      ["cache file size", `${(cacheBytes / 1024).toFixed(0)} KiB`],
      [
        "model features x classes",
        `${understander.model.features.length} x ${understander.model.classes.length}`,
      ],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    const lines = [`| ${"measure".padEnd(width)} | value |`, `|${"-".repeat(width + 2)}|-------|`];
    for (const [label, value] of rows) lines.push(`| ${label.padEnd(width)} | ${value} |`);
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function coldStart(dir: string): z.infer<typeof PhaseResultSchema> {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, [...process.execArgv, script, "--phase-dir", dir], {
    encoding: "utf8",
    env: process.env,
  });
  if (child.status !== 0) throw new Error(`cold start phase failed: ${child.stderr}`);
  return PhaseResultSchema.parse(JSON.parse(child.stdout));
}

function timeOne(run: () => void): number {
  const t0 = performance.now();
  for (let i = 0; i < 100; i++) run();
  return (performance.now() - t0) / 100;
}
