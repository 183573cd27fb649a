import type { ChildProcess } from "node:child_process";
import http from "node:http";
import type { HostileBody } from "./hostileBodies.ts";
import { inspectMemory, type MemoryInspector } from "./inspectMemory.ts";
import { startTs } from "./runProcess.ts";
import type { TestDatabaseTarget } from "./testDatabase.ts";

const WEBHOOK_SECRET = "fuzz-secret-0123456789";
/**
 * No keep-alive: each request comes from its own address, so a connection could never be reused, and
 * an idle one stays open in the service for up to 65 s (a few KB of live heap each, ~650 per pass),
 * which would make memory samples depend on timing.
 */
const agent = new http.Agent({ keepAlive: false });

export interface Answer {
  status: number;
  body: string;
  contentType: string;
  /** The server closed the connection before the client had sent the whole (large) body. */
  closedEarly?: boolean;
}

export interface FuzzTarget {
  child: ChildProcess;
  /** The service's memory through its inspector, when started with one. */
  inspector: MemoryInspector | undefined;
  /** Requests sent so far. */
  requests(): number;
  /** Sends every body to every public endpoint once; returns what went wrong, one line each. */
  pass(bodies: HostileBody[]): Promise<string[]>;
  get(path: string): Promise<Answer>;
  stop(): Promise<void>;
}

/**
 * The real service in its own process (with Telegram's webhook and every public endpoint), and the
 * hostile-input pass both the fuzz test and its memory soak (`npm run bench:fuzz`) send to it.
 */
export async function startFuzzTarget(target: TestDatabaseTarget, inspect: boolean): Promise<FuzzTarget> {
  let addressCounter = 0;
  /** Each request from its own loopback address, so per-IP rate limits do not hide the parsers. */
  const nextAddress = () => {
    addressCounter++;
    return `127.77.${Math.floor(addressCounter / 250) % 250}.${(addressCounter % 250) + 1}`;
  };
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
    inspect ? ["--inspect=127.0.0.1:0"] : [],
  );
  const { child } = started;
  const base = `http://127.0.0.1:${started.match[2]}`;
  const inspector = inspect ? await inspectMemory(started.stderr) : undefined;

  const send = (method: string, path: string, body?: HostileBody, headers: Record<string, string> = {}) =>
    new Promise<Answer>((resolve, reject) => {
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
        // caller checks the service is still up and ready at the end).
        const code = "code" in error ? error.code : undefined;
        if ((code === "EPIPE" || code === "ECONNRESET") && payload && payload.length > 1024) {
          resolve({ status: 0, body: "", contentType: "", closedEarly: true });
          return;
        }
        reject(error);
      });
      req.end(payload);
    });

  const json: HostileBody = { label: "", contentType: "application/json", body: "{}" };
  async function conversation(): Promise<{ id: string; token: string }> {
    const { token: anonymous } = JSON.parse((await send("POST", "/api/webchat/token", json)).body);
    const opened = await send("POST", "/v3/directline/conversations", json, {
      authorization: `Bearer ${anonymous}`,
    });
    const parsed = JSON.parse(opened.body);
    return { id: parsed.conversationId, token: parsed.token };
  }

  async function pass(bodies: HostileBody[]): Promise<string[]> {
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
    let current = await conversation();
    let posted = 0;
    for (const body of bodies) {
      check("token", body, await send("POST", "/api/webchat/token", body));
      check(
        "conversations",
        body,
        await send("POST", "/v3/directline/conversations", body, {
          authorization: `Bearer ${current.token}`,
        }),
      );
      if (++posted % 8 === 0) current = await conversation();
      check(
        "activities",
        body,
        await send("POST", `/v3/directline/conversations/${current.id}/activities`, body, {
          authorization: `Bearer ${current.token}`,
        }),
      );
      check(
        "telegram",
        body,
        await send("POST", "/telegram/webhook", body, { "x-telegram-bot-api-secret-token": WEBHOOK_SECRET }),
      );
      const unsigned = await send("POST", "/telegram/webhook", body);
      check("telegram unsigned", body, unsigned);
      if (!unsigned.closedEarly && unsigned.status < 400) {
        failures.push(`telegram without secret accepted: ${body.label}`);
      }
      check("botframework", body, await send("POST", "/api/messages", body));
      check("console login", body, await send("POST", "/console/api/login", body));
    }
    return failures;
  }

  return {
    child,
    inspector,
    requests: () => addressCounter,
    pass,
    get: (path) => send("GET", path),
    async stop() {
      try {
        // Disconnect first: with a debugger attached, the service waits for it to go before exiting
        // (even from process.exit).
        await inspector?.close();
      } finally {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once("exit", resolve));
          child.kill("SIGTERM");
          await exited;
        }
      }
    },
  };
}
