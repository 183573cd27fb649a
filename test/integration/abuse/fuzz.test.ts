import type { ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type HostileBody, hostileBodies, seededRandom } from "../../support/hostileBodies.ts";
import { startTs } from "../../support/runProcess.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget, testDbKind } from "../../support/testDatabase.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20_170_310);
const WEBHOOK_SECRET = "fuzz-secret-0123456789";
let addressCounter = 0;

/** Each request from its own loopback address, so per-IP rate limits do not hide the parsers. */
function nextAddress(): string {
  addressCounter++;
  return `127.77.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
}

interface Answer {
  status: number;
  body: string;
  contentType: string;
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
    req.on("error", reject);
    req.end(payload);
  });
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe(`every public endpoint under random and hostile input (${testDbKind()})`, () => {
  let target: TestDatabaseTarget;
  let child: ChildProcess;
  let base = "";
  /** tsx runs the service in a child process of its own: its memory is what we watch. */
  let servicePid = 0;

  beforeAll(async () => {
    target = await createTestDatabaseTarget();
    const started = await startTs(
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
    );
    child = started.child;
    servicePid = Number(started.match[1]);
    base = `http://127.0.0.1:${started.match[2]}`;
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await target?.drop();
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
        if (unsigned.status < 400) failures.push(`telegram without secret accepted: ${body.label}`);
        check("botframework", body, await send(base, "POST", "/api/messages", body));
        check("console login", body, await send(base, "POST", "/console/api/login", body));
      }
    };

    // Two warm-up passes, then four more, each opening new conversations and sending ~700 hostile
    // requests; memory is sampled after each (the lower of the last two smooths a GC spike).
    await pass();
    await pass();
    const afterWarmUp = await rssMb(servicePid);
    const samples: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pass();
      samples.push(await rssMb(servicePid));
    }
    const settled = Math.min(...samples.slice(-2));
    console.info(
      `fuzz RSS: after warm-up ${afterWarmUp.toFixed(1)} MB, then ${samples.map((s) => s.toFixed(1)).join(", ")} MB`,
    );

    expect(failures).toEqual([]);
    expect(child.exitCode).toBeNull();
    expect((await send(base, "GET", "/healthz", undefined)).status).toBe(200);
    expect((await send(base, "GET", "/readyz", undefined)).status).toBe(200);
    // Resident memory is reported, not asserted: on PostgreSQL it still creeps by ~8 MB per pass
    // of Direct Line posts while the JavaScript heap stays flat (heap snapshots: +1 MB over four
    // passes), i.e. native memory outside V8's heap; on PGlite the in-process database's
    // WebAssembly heap also grows with the stored data. Open in issue 8.
    console.info(`fuzz RSS growth after warm-up: ${(settled - afterWarmUp).toFixed(1)} MB`);
  }, 240_000);
});
