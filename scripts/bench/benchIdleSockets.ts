/**
 * `npm run bench:ws [-- --conversations N] [--settle S] [--json]`: how many idle open web
 * conversations (token, conversation with its greeting, WebSocket stream) one server process
 * holds, and what each costs in memory: while they connect, 3 s after, and once the process has
 * settled (S seconds of sampling, 60 by default). Each simulated user connects from its own
 * loopback address and keeps its HTTP keep-alive connection too, as a browser does. At the end a
 * sample of the held conversations must still answer. Prints tables.
 */

import { createBenchDatabase, loopbackAddress, parseFlags, rssMb, startBenchServer } from "./benchSupport.ts";
import { DirectLineUser } from "./DirectLineUser.ts";

const flags = parseFlags(process.argv.slice(2));
const total = Number(flags.get("conversations") ?? 5000);
const batch = 50;
const settleSeconds = Number(flags.get("settle") ?? 60);

/** RSS once a second for `seconds` seconds. */
async function sampleRssEverySecond(pid: number, seconds: number): Promise<number[]> {
  const samples: number[] = [];
  for (let second = 1; second <= seconds; second++) {
    await new Promise((r) => setTimeout(r, 1000));
    samples.push(await rssMb(pid));
  }
  return samples;
}

/** The lowest of the last 10 samples: the process once V8 has handed back what it no longer needs. */
function settledRss(samples: number[]): number {
  return Math.min(...samples.slice(-10));
}

const database = await createBenchDatabase();
const server = await startBenchServer({ DATABASE_URL: database.url });
const users: DirectLineUser[] = [];
try {
  await new Promise((r) => setTimeout(r, 1000));
  const baseline = await rssMb(server.pid);
  // The same settling for the empty process, so the per-conversation figure compares like with like.
  const settledBaseline = settledRss(await sampleRssEverySecond(server.pid, settleSeconds));
  const checkpoints: Array<{ open: number; rss: number; seconds: number }> = [];
  let errors = 0;
  const started = performance.now();
  for (let i = 0; i < total; i += batch) {
    const created = Array.from(
      { length: Math.min(batch, total - i) },
      (_, j) => new DirectLineUser(server.url, loopbackAddress(i + j), `idle${i + j}`),
    );
    await Promise.all(
      created.map((u) =>
        u.connectIdle().then(
          () => users.push(u),
          () => {
            errors++;
            u.close();
          },
        ),
      ),
    );
    if ((i + batch) % 1000 === 0 || i + batch >= total) {
      checkpoints.push({
        open: users.length,
        rss: await rssMb(server.pid),
        seconds: (performance.now() - started) / 1000,
      });
    }
  }
  // V8 keeps the heap pages of the connection burst until its idle memory reducer gives them
  // back, some tens of seconds later: sample until then and report both.
  const samples = await sampleRssEverySecond(server.pid, settleSeconds);
  const at3 = samples[2] ?? Number.NaN;
  const settled = settledRss(samples);
  const open = users.filter((u) => u.isOpen()).length;
  // Idle is not dead: a sample of the held conversations must still answer at once.
  const probes = users.filter((_, i) => i % Math.max(1, Math.floor(users.length / 20)) === 0).slice(0, 20);
  const answered = await Promise.all(
    probes.map((u) =>
      Promise.race([
        u.say("ciao").then(() => true),
        new Promise<boolean>((r) => setTimeout(() => r(false), 10_000)),
      ]).catch(() => false),
    ),
  );
  console.log(
    `\nidle web conversations held by one process (RSS with none: ${baseline.toFixed(1)} MB at start, ${settledBaseline.toFixed(1)} MB settled)`,
  );
  console.log("| open conversations | server RSS MB | KB per conversation | elapsed s |");
  console.log("|--------------------|---------------|---------------------|-----------|");
  for (const c of checkpoints) {
    const per = c.open ? ((c.rss - baseline) * 1024) / c.open : 0;
    console.log(
      `| ${String(c.open).padStart(18)} | ${c.rss.toFixed(1).padStart(13)} | ${per.toFixed(1).padStart(19)} | ${c.seconds.toFixed(1).padStart(9)} |`,
    );
  }
  console.log("| while idle                                | server RSS MB | KB per conversation |");
  console.log("|-------------------------------------------|---------------|---------------------|");
  for (const [label, rss] of [
    ["3 s after the last connection", at3],
    [`settled (lowest of the last 10 s of ${settleSeconds} s)`, settled],
  ] as const) {
    const per = users.length ? ((rss - settledBaseline) * 1024) / users.length : 0;
    console.log(`| ${label.padEnd(41)} | ${rss.toFixed(1).padStart(13)} | ${per.toFixed(1).padStart(19)} |`);
  }
  console.log(
    `settled: ${settled.toFixed(1)} MB for ${open} conversations still open (target ≤ 300 MB for 5,000); ` +
      `${answered.filter(Boolean).length}/${probes.length} sampled conversations answered; connect errors: ${errors}`,
  );
  if (flags.has("json")) {
    console.log(
      JSON.stringify({
        conversations: open,
        baseline_mb: Number(baseline.toFixed(1)),
        settled_baseline_mb: Number(settledBaseline.toFixed(1)),
        peak_connecting_mb: Number(Math.max(...checkpoints.map((c) => c.rss)).toFixed(1)),
        rss_after_3s_mb: Number(at3.toFixed(1)),
        settled_rss_mb: Number(settled.toFixed(1)),
        probes_answered: answered.filter(Boolean).length,
        errors,
      }),
    );
  }
} finally {
  for (const u of users) u.close();
  await server.stop();
  await database.drop();
}
