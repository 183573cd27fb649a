/**
 * `npm run bench:fuzz [-- --db pglite|postgres]`
 *
 * The fuzz test's soak: whether the service's live memory grows under hostile input. The real
 * service in its own process gets two warm-up passes (JIT, caches, pools, lazily loaded modules)
 * of ~650 hostile requests over every public endpoint, then four more; after each, its memory is
 * read through its inspector after a forced full garbage collection: what is still alive. RSS is
 * no gauge: V8 keeps freed pages committed until its idle memory reducer runs, tens of seconds
 * later. Prints a table and exits 1 when the growth passes the bound, or any answer was a 5xx.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { seededRandom } from "../../src/conversation/nlu/seededRandom.ts";
import { hostileBodies } from "../../test/support/hostileBodies.ts";
import type { LiveMemory } from "../../test/support/inspectMemory.ts";
import { startFuzzTarget } from "../../test/support/startFuzzTarget.ts";
import { createTestDatabaseTarget, type TestDbKind } from "../../test/support/testDatabase.ts";
import { parseFlags } from "./benchSupport.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_310);
/**
 * Allowed growth of the live memory (after a full GC) from the end of the warm-up to the lower of
 * the last two samples. Measured on both databases (8 runs each): the settled growth was -0.9..+0.1
 * MB (single samples -0.5..+0.9 MB from the warm-up figure); external moved by under 0.05 MB (on
 * PGlite it includes the embedded database's ~200 MB of WebAssembly memory, which never grew). A
 * steady leak makes the third sample the lower of the last two, so at least three passes (~1,960
 * requests) of it are counted: 1 KB per request adds ~1.9 MB, more than the bound, which catches
 * ~530 bytes per request or more. Checked: a 1 KB-per-request leak preloaded into the service read
 * +1.4 MB on PGlite and +2.1 MB on PostgreSQL.
 */
const HEAP_GROWTH_BOUND_MB = 1;
const EXTERNAL_GROWTH_BOUND_MB = 1;
const MB = 1024 * 1024;

const flags = parseFlags(process.argv.slice(2));
const kind: TestDbKind = flags.get("db") === "pglite" ? "pglite" : "postgres";
const target = await createTestDatabaseTarget(kind);
const service = await startFuzzTarget(target, true);
let failed = false;
try {
  const bodies = hostileBodies(seededRandom(SEED), 60);
  const failures: string[] = [];
  const live = async (): Promise<LiveMemory> => {
    if (!service.inspector) throw new Error("the inspector is not connected");
    // Let the service close the last connections and finish the work they started.
    await sleep(200);
    return service.inspector.liveMemory();
  };
  failures.push(...(await service.pass(bodies)), ...(await service.pass(bodies)));
  const afterWarmUp = await live();
  const samples: LiveMemory[] = [];
  const requestsPerPass: number[] = [];
  for (let i = 0; i < 4; i++) {
    const before = service.requests();
    failures.push(...(await service.pass(bodies)));
    requestsPerPass.push(service.requests() - before);
    samples.push(await live());
  }
  const settled = (read: (m: LiveMemory) => number) =>
    Math.min(...samples.slice(-2).map(read)) - read(afterWarmUp);
  const heapGrowth = settled((m) => m.heapUsedMb);
  const externalGrowth = settled((m) => m.externalMb);
  const oneKbPerRequestMb = (1024 * requestsPerPass.slice(0, 3).reduce((a, b) => a + b, 0)) / MB;
  const fmt = (n: number) => n.toFixed(2).padStart(8);
  console.log(
    `\nbench:fuzz on ${kind}: live memory in MB after a full GC, ${requestsPerPass.join("+")} requests`,
  );
  console.log("| sample        |     heap | external | arrayBuffers |    rss |");
  console.log("|---------------|----------|----------|--------------|--------|");
  for (const [name, m] of [
    ["after warm-up", afterWarmUp] as const,
    ...samples.map((m, i) => [`after pass ${i + 1}`, m] as const),
  ]) {
    console.log(
      `| ${name.padEnd(13)} | ${fmt(m.heapUsedMb)} | ${fmt(m.externalMb)} | ${fmt(m.arrayBuffersMb).padStart(12)} | ${m.rssMb.toFixed(0).padStart(6)} |`,
    );
  }
  console.log(
    `growth: heap ${heapGrowth.toFixed(2)} MB (bound ${HEAP_GROWTH_BOUND_MB}), external ${externalGrowth.toFixed(2)} MB (bound ${EXTERNAL_GROWTH_BOUND_MB}); a 1 KB-per-request leak would add ${oneKbPerRequestMb.toFixed(2)} MB; 5xx or unexplained answers: ${failures.length}`,
  );
  for (const failure of failures.slice(0, 20)) console.log(`  ${failure}`);
  failed =
    failures.length > 0 ||
    service.child.exitCode !== null ||
    !(HEAP_GROWTH_BOUND_MB < oneKbPerRequestMb) ||
    !(heapGrowth < HEAP_GROWTH_BOUND_MB) ||
    !(externalGrowth < EXTERNAL_GROWTH_BOUND_MB);
} finally {
  await service.stop();
  await target.drop();
}
process.exitCode = failed ? 1 : 0;
