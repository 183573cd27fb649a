/**
 * `npm run bench:web [-- --users N] [--seconds S] [--json]`
 *
 * The web channel's own cost: simulated Web Chat users (HTTP + WebSocket, each from its own
 * loopback address) against the Direct Line endpoint in a separate process, in front of an
 * in-memory conversation gateway that answers at once. The conversation core is left out on
 * purpose, so the figures are the adapter's ceiling; `npm run bench` measures the whole service.
 */
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { createFakeGateway } from "../test/integration/web/support/createFakeGateway.ts";
import { startWebTestService } from "../test/integration/web/support/startWebTestService.ts";
import { loopbackAddress, parseFlags, percentile, sampleRss } from "./bench/benchSupport.ts";
import { DirectLineUser } from "./bench/DirectLineUser.ts";

const flags = parseFlags(process.argv.slice(2));

async function serve(): Promise<void> {
  const service = await startWebTestService(createFakeGateway(), {
    env: { SECRET_KEY: "b".repeat(40) },
    limits: {
      postsPerConversationPer10s: 1_000_000,
      requestsPerIpPerMinute: 1_000_000,
      tokensPerIpPerMinute: 1_000_000,
    },
  });
  process.stdout.write(`LISTENING ${service.url}\n`);
  process.once("SIGTERM", () => {
    service.stop().then(() => process.exit(0));
  });
}

async function measure(): Promise<void> {
  const users = Number(flags.get("users") ?? 32);
  const seconds = Number(flags.get("seconds") ?? 10);
  const child = spawn(process.execPath, [...process.execArgv, import.meta.filename, "--serve"], {
    env: { ...process.env, TEST_DB: "pglite" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = /LISTENING (\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  try {
    const clients = Array.from(
      { length: users },
      (_, i) => new DirectLineUser(url, loopbackAddress(i), `u${i}`),
    );
    const connectStarted = performance.now();
    await Promise.all(clients.map((client) => client.connect()));
    const connectMs = (performance.now() - connectStarted) / users;
    const rss = sampleRss(child.pid);
    const latencies: number[] = [];
    let errors = 0;
    const until = performance.now() + seconds * 1000;
    await Promise.all(
      clients.map(async (client, i) => {
        for (let n = 0; performance.now() < until; n++) {
          try {
            latencies.push(await client.say(`messaggio ${i}-${n}`));
          } catch {
            errors += 1;
            await sleep(50);
          }
        }
      }),
    );
    const peakRss = rss.stop();
    for (const client of clients) client.close();
    latencies.sort((a, b) => a - b);
    const result = {
      users,
      msgs_per_s: Math.round((latencies.length / seconds) * 10) / 10,
      p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
      p95_ms: Math.round(percentile(latencies, 95) * 10) / 10,
      p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
      errors,
      connect_ms_per_user: Math.round(connectMs * 10) / 10,
      rss_mb: Math.round(peakRss * 10) / 10,
    };
    process.stdout.write(
      [
        `bench:web: ${users} users, ${seconds} s, Direct Line (HTTP post + WebSocket reply), in-memory gateway`,
        "| msgs/s | p50 ms | p95 ms | p99 ms | errors | connect ms/user | server RSS MB |",
        "|--------|--------|--------|--------|--------|-----------------|---------------|",
        `| ${result.msgs_per_s} | ${result.p50_ms} | ${result.p95_ms} | ${result.p99_ms} | ${errors} | ${result.connect_ms_per_user} | ${result.rss_mb} |`,
        ...(flags.has("json") ? [JSON.stringify(result)] : []),
        "",
      ].join("\n"),
    );
  } finally {
    child.kill("SIGTERM");
  }
}

if (flags.has("serve")) await serve();
else await measure();
