import type { ChildProcess } from "node:child_process";
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostileBody, hostileBodies, seededRandom } from "../../support/hostileBodies.ts";
import { inspectMemory, type LiveMemory, type MemoryInspector } from "../../support/inspectMemory.ts";
import { startNodeTs } from "../../support/runProcess.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_310);
const WEBHOOK_SECRET = "fuzz-secret-0123456789";
let addressCounter = 0;
/**
 * Allowed growth of the service's live memory (after a full GC) from the end of the warm-up to the
 * lower of the last two samples; see the assertions for how the numbers were chosen.
 */
const HEAP_GROWTH_BOUND_MB = 1;
const EXTERNAL_GROWTH_BOUND_MB = 1;
const MB = 1024 * 1024;
/**
 * No keep-alive: each request comes from its own address, so a connection could never be reused, and
 * an idle one stays open in the service for up to 65 s (a few KB of live heap each, ~650 per pass),
 * which would make the memory samples depend on timing.
 */
const agent = new http.Agent({ keepAlive: false });

/** Each request from its own loopback address, so per-IP rate limits do not hide the parsers. */
function nextAddress(): string {
  addressCounter++;
  return `127.77.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

interface Answer {
  status: number;
  body: string;
  contentType: string;
  /** The server closed the connection before the client had sent the whole (large) body. */
  closedEarly?: boolean;
}

function send(
  base: string,
  method: string,
  path: string,
  body: HostileBody | undefined,
  headers: Record<string, string> = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const payload = body ? (typeof body.body === "string" ? Buffer.from(body.body) : body.body) : undefined;
    const req = http.request(
      new URL(path, base),
      {
        method,
        localAddress: nextAddress(),
        agent,
        headers: {
          ...(body?.contentType ? { "content-type": body.contentType } : {}),
          ...(payload ? { "content-length": String(payload.length) } : {}),
          ...headers,
        },
      },
      (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          if (data.length < 10_000) data += chunk;
        });
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: data,
            contentType: String(res.headers["content-type"] ?? ""),
          }),
        );
      },
    );
    req.on("error", (error) => {
      // The server may answer a body it will not read (too large: 413; unsigned: 401) and close
      // the connection while the rest is still being sent: the write then fails with EPIPE or
      // ECONNRESET, whether or not the answer was read first. That is a refusal, not a crash (the
      // test checks the service is still up and ready at the end).
      const code = "code" in error ? error.code : undefined;
      if ((code === "EPIPE" || code === "ECONNRESET") && payload && payload.length > 1024) {
        resolve({ status: 0, body: "", contentType: "", closedEarly: true });
        return;
      }
      reject(error);
    });
    req.end(payload);
  });
}

function describeMemory(m: LiveMemory): string {
  return `heap ${m.heapUsedMb.toFixed(2)} ext ${m.externalMb.toFixed(2)} (arrayBuffers ${m.arrayBuffersMb.toFixed(2)}) rss ${m.rssMb.toFixed(0)}`;
}

describe(`every public endpoint under random and hostile input (${testDbKind()})`, () => {
  let target: TestDatabaseTarget;
  let child: ChildProcess;
  let inspector: MemoryInspector | undefined;
  let base = "";

  beforeAll(async () => {
    target = await createTestDatabaseTarget();
    const started = await startNodeTs(
      "src/app/main.ts",
      {
        PORT: "0",
        HOST: "0.0.0.0",
        LOG_LEVEL: "info",
        DATA_DIR: target.dataDir,
        ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}),
        TELEGRAM_BOT_TOKEN: "123456:FUZZ-token",
        // Nothing listens there: the webhook registration fails and is logged; the route still works.
        TELEGRAM_API_ROOT: "http://127.0.0.1:9",
        PUBLIC_URL: "https://conciliabot.example.it",
        TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
      /"pid":(\d+).*"url":"http:\/\/[^"]+:(\d+)"/,
      ["--inspect=127.0.0.1:0"],
    );
    child = started.child;
    base = `http://127.0.0.1:${started.match[2]}`;
    inspector = await inspectMemory(started.stderr);
  }, 60_000);

  afterAll(async () => {
    try {
      // Disconnect first: with a debugger attached, the service waits for it to go before exiting
      // (even from process.exit).
      await inspector?.close();
    } finally {
      if (child && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await target?.drop();
    }
  });

  async function conversation(): Promise<{ id: string; token: string }> {
    const token = await send(base, "POST", "/api/webchat/token", {
      label: "",
      contentType: "application/json",
      body: "{}",
    });
    const { token: anonymous } = JSON.parse(token.body);
    const opened = await send(
      base,
      "POST",
      "/v3/directline/conversations",
      { label: "", contentType: "application/json", body: "{}" },
      {
        authorization: `Bearer ${anonymous}`,
      },
    );
    const parsed = JSON.parse(opened.body);
    return { id: parsed.conversationId, token: parsed.token };
  }

  it("answers every hostile body with a clear 4xx (or a success), never a 5xx, and stays up and ready", async () => {
    const bodies = hostileBodies(seededRandom(SEED), 60);
    const failures: string[] = [];
    const check = (endpoint: string, body: HostileBody, answer: Answer) => {
      if (answer.closedEarly) return;
      if (answer.status >= 500 || answer.status === 0) {
        failures.push(`${endpoint} ${body.label}: ${answer.status} ${answer.body.slice(0, 200)}`);
      } else if (
        answer.status >= 400 &&
        answer.contentType.includes("json") &&
        !/"message"|"error"/.test(answer.body)
      ) {
        failures.push(`${endpoint} ${body.label}: ${answer.status} without an explanation`);
      }
    };

    const pass = async () => {
      let current = await conversation();
      let posted = 0;
      for (const body of bodies) {
        check("token", body, await send(base, "POST", "/api/webchat/token", body));
        check(
          "conversations",
          body,
          await send(base, "POST", "/v3/directline/conversations", body, {
            authorization: `Bearer ${current.token}`,
          }),
        );
        if (++posted % 8 === 0) current = await conversation();
        check(
          "activities",
          body,
          await send(base, "POST", `/v3/directline/conversations/${current.id}/activities`, body, {
            authorization: `Bearer ${current.token}`,
          }),
        );
        check(
          "telegram",
          body,
          await send(base, "POST", "/telegram/webhook", body, {
            "x-telegram-bot-api-secret-token": WEBHOOK_SECRET,
          }),
        );
        const unsigned = await send(base, "POST", "/telegram/webhook", body);
        check("telegram unsigned", body, unsigned);
        if (!unsigned.closedEarly && unsigned.status < 400) {
          failures.push(`telegram without secret accepted: ${body.label}`);
        }
        check("botframework", body, await send(base, "POST", "/api/messages", body));
        check("console login", body, await send(base, "POST", "/console/api/login", body));
      }
    };

    // Two warm-up passes (JIT, caches, pools, lazily loaded modules), then four more, each opening new
    // conversations and sending ~650 hostile requests. After each, the service's memory is read
    // through its inspector after a forced full garbage collection: what is still alive. RSS is no
    // gauge: V8 keeps freed pages committed until its idle memory reducer runs, tens of seconds later.
    const live = async () => {
      if (!inspector) throw new Error("the inspector is not connected");
      // Let the service close the last connections and finish the work they started.
      await sleep(200);
      return inspector.liveMemory();
    };
    await pass();
    await pass();
    const afterWarmUp = await live();
    const samples: LiveMemory[] = [];
    const requestsPerPass: number[] = [];
    for (let i = 0; i < 4; i++) {
      const before = addressCounter;
      await pass();
      requestsPerPass.push(addressCounter - before);
      samples.push(await live());
    }
    const settled = (read: (m: LiveMemory) => number) =>
      Math.min(...samples.slice(-2).map(read)) - read(afterWarmUp);
    const heapGrowth = settled((m) => m.heapUsedMb);
    const externalGrowth = settled((m) => m.externalMb);
    console.info(
      `fuzz live memory in MB after full GC (${testDbKind()}, ${requestsPerPass.join("+")} requests): after warm-up ${describeMemory(afterWarmUp)}; after each pass ${samples.map(describeMemory).join("; ")}; growth heap ${heapGrowth.toFixed(2)}, external ${externalGrowth.toFixed(2)}`,
    );

    expect(failures).toEqual([]);
    expect(child.exitCode).toBeNull();
    expect((await send(base, "GET", "/healthz", undefined)).status).toBe(200);
    expect((await send(base, "GET", "/readyz", undefined)).status).toBe(200);
    // Measured on both databases (8 runs each): the settled growth was -0.9..+0.1 MB (single samples
    // -0.5..+0.9 MB from the warm-up figure); external moved by under 0.05 MB (on PGlite it includes
    // the embedded database's ~200 MB of WebAssembly memory, which never grew). A steady leak makes
    // the third sample the lower of the last two, so at least three passes (~1,960 requests) of it
    // are counted: 1 KB per request adds ~1.9 MB, more than the bound, which catches ~530 bytes per
    // request or more. Checked: a 1 KB-per-request leak preloaded into the service read +1.4 MB on
    // PGlite and +2.1 MB on PostgreSQL.
    const oneKbPerRequestMb = (1024 * requestsPerPass.slice(0, 3).reduce((a, b) => a + b, 0)) / MB;
    expect(HEAP_GROWTH_BOUND_MB).toBeLessThan(oneKbPerRequestMb);
    expect(heapGrowth).toBeLessThan(HEAP_GROWTH_BOUND_MB);
    expect(externalGrowth).toBeLessThan(EXTERNAL_GROWTH_BOUND_MB);
  }, 240_000);
});
