/**
 * `npm run bench:ws [-- --conversations N]`: how many idle open web conversations (token,
 * conversation, WebSocket stream) one server process holds, and what each costs in memory.
 * Each simulated user connects from its own loopback address. Prints a table.
 */

import { createBenchDatabase, loopbackAddress, parseFlags, rssMb, startBenchServer } from "./benchSupport.ts";
import { DirectLineUser } from "./DirectLineUser.ts";

const flags = parseFlags(process.argv.slice(2));
const total = Number(flags.get("conversations") ?? 5000);
const batch = 50;

const database = await createBenchDatabase();
const server = await startBenchServer({ DATABASE_URL: database.url });
const users: DirectLineUser[] = [];
try {
  await new Promise((r) => setTimeout(r, 1000));
  const baseline = await rssMb(server.pid);
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
  await new Promise((r) => setTimeout(r, 3000));
  if (typeof global.gc === "function") global.gc();
  const settled = await rssMb(server.pid);
  console.log(`\nidle web conversations held by one process (baseline RSS ${baseline.toFixed(1)} MB)`);
  console.log("| open conversations | server RSS MB | KB per conversation | elapsed s |");
  console.log("|--------------------|---------------|---------------------|-----------|");
  for (const c of checkpoints) {
    const per = c.open ? ((c.rss - baseline) * 1024) / c.open : 0;
    console.log(
      `| ${String(c.open).padStart(18)} | ${c.rss.toFixed(1).padStart(13)} | ${per.toFixed(1).padStart(19)} | ${c.seconds.toFixed(1).padStart(9)} |`,
    );
  }
  console.log(
    `settled after 3 s: ${settled.toFixed(1)} MB for ${users.length} open conversations (target ≤ 300 MB for 5,000); errors: ${errors}`,
  );
} finally {
  for (const u of users) u.close();
  await server.stop();
  await database.drop();
}
