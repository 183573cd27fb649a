/**
 * `npm run bench:channels [-- --quick] [--json] [--users N] [--seconds S] [--pglite]`
 *
 * Messages per second through the Telegram webhook and through Bot Framework's /api/messages
 * (deliveryMode expectReplies), against the real service started by this script in its own
 * process (PostgreSQL by default, the embedded database with --pglite). Simulated users run
 * multi-turn Italian conversations in a closed loop, each in its own chat. The Telegram Bot API
 * is a local sink that counts what the bot sends (paced by the channel at Telegram's 30 msg/s).
 * Prints a table; with --json the last line is one JSON object.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createBenchDatabase,
  parseFlags,
  percentile,
  sampleRss,
  startBenchServer,
} from "./bench/benchSupport.ts";

const flags = parseFlags(process.argv.slice(2));
const quick = flags.has("quick");
const users = Number(flags.get("users") ?? (quick ? 16 : 40));
const seconds = Number(flags.get("seconds") ?? (quick ? 6 : 15));
const TOKEN = "424242:bench-channels-token";
const SECRET = "bench-channels-secret-0123456789";

const SCRIPTS: string[][] = [
  ["Impresa", "Da 10 a 49", "Bergamo", "aiuto", "quanti progetti sono stati finanziati?", "grazie"],
  ["Famiglia", "ho una bimba di 18 mesi e lavoriamo tutti e due", "abito a Bergamo", "privacy", "ok grazie"],
  [
    "Voglio avviare un'attività",
    "sono disoccupata e vorrei aprire un baby parking",
    "Sondrio",
    "arrivederci",
  ],
  ["ho un negozio con 2 dipendenti a Cremona", "che aiuti ci sono per il time saving?", "menu"],
];

interface PhaseResult {
  channel: string;
  users: number;
  messages: number;
  msgsPerS: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  botSends?: number;
}

/** A stand-in for api.telegram.org: answers every Bot API call and counts sendMessage. */
async function startBotApiSink(): Promise<{ apiRoot: string; sent: () => number; stop(): Promise<void> }> {
  let sent = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const method = /\/bot[^/]+\/(\w+)/.exec(req.url ?? "")?.[1];
      if (method === "sendMessage") sent += 1;
      const result =
        method === "sendMessage"
          ? {
              message_id: sent,
              date: Math.floor(Date.now() / 1000),
              chat: { id: 1, type: "private" },
              text: "",
            }
          : true;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    sent: () => sent,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Turn = (user: number, session: number, step: number, text: string | null) => Promise<boolean>;

async function runPhase(
  channel: string,
  turn: Turn,
  phaseSeconds = seconds,
): Promise<Omit<PhaseResult, "botSends">> {
  const latencies: number[] = [];
  let errors = 0;
  const stopAt = Date.now() + phaseSeconds * 1000;
  const startedAt = Date.now();
  await Promise.all(
    Array.from({ length: users }, async (_, user) => {
      for (let session = 0; Date.now() < stopAt; session++) {
        const script = SCRIPTS[(user + session) % SCRIPTS.length] ?? [];
        for (let step = -1; step < script.length && Date.now() < stopAt; step++) {
          const began = performance.now();
          const ok = await turn(user, session, step, step < 0 ? null : (script[step] ?? ""));
          if (ok) latencies.push(performance.now() - began);
          else errors += 1;
        }
      }
    }),
  );
  const elapsed = (Date.now() - startedAt) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    channel,
    users,
    messages: latencies.length,
    msgsPerS: latencies.length / elapsed,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    errors,
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<boolean> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

const sink = await startBotApiSink();
const pglite = flags.has("pglite");
const database = pglite ? undefined : await createBenchDatabase();
const dataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-bench-channels-"));
const server = await startBenchServer({
  // Bot Framework without an app id is served anonymously (as to the Emulator) only outside
  // production; in production the channel is not mounted at all.
  NODE_ENV: "development",
  DATA_DIR: dataDir,
  ...(database ? { DATABASE_URL: database.url } : {}),
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: sink.apiRoot,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  PUBLIC_URL: "https://conciliabot.example.org",
});
const results: PhaseResult[] = [];
let peakRss = 0;
try {
  let updateId = 1;
  let runId = 1;
  const telegramTurn: Turn = (user, session, _step, text) => {
    const chatId = runId * 100_000 + user * 1_000 + session;
    const from = { id: chatId, is_bot: false, first_name: "Bench", language_code: "it" };
    const message = {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private" },
      from,
      text: text ?? "/start",
      ...(text === null ? { entities: [{ type: "bot_command", offset: 0, length: 6 }] } : {}),
    };
    return post(
      `${server.url}/telegram/webhook`,
      { update_id: updateId++, message },
      { "X-Telegram-Bot-Api-Secret-Token": SECRET },
    );
  };
  const sessionIds = new Map<string, string>();
  const botFrameworkTurn: Turn = (user, session, _step, text) => {
    const key = `${runId}/${user}/${session}`;
    const conversationId = sessionIds.get(key) ?? `bench-${randomUUID()}`;
    sessionIds.set(key, conversationId);
    const common = {
      id: randomUUID(),
      channelId: "directline",
      serviceUrl: "http://127.0.0.1:9/",
      from: { id: `user-${key}`, name: "Bench" },
      recipient: { id: "conciliabot", name: "Conciliabot" },
      conversation: { id: conversationId },
      locale: "it-IT",
      deliveryMode: "expectReplies",
    };
    const activity =
      text === null
        ? { ...common, type: "conversationUpdate", membersAdded: [common.from] }
        : { ...common, type: "message", text };
    return post(`${server.url}/api/messages`, activity);
  };

  // Warm-up (JIT, caches, connection pools), not reported.
  await runPhase("warm-up", telegramTurn, 2);
  await runPhase("warm-up", botFrameworkTurn, 2);
  runId = 2;

  const rssTelegram = sampleRss(server.pid);
  const sentBefore = sink.sent();
  const telegram = await runPhase("telegram webhook", telegramTurn);
  results.push({ ...telegram, botSends: sink.sent() - sentBefore });
  peakRss = Math.max(peakRss, rssTelegram.stop());

  const rssBotFramework = sampleRss(server.pid);
  results.push(await runPhase("bot framework expectReplies", botFrameworkTurn));
  peakRss = Math.max(peakRss, rssBotFramework.stop());
} finally {
  await server.stop();
  await sink.stop();
  await database?.drop();
  await rm(dataDir, { recursive: true, force: true });
}

const round = (n: number) => (Number.isFinite(n) ? Math.round(n * 10) / 10 : Number.NaN);
console.log(
  `\nChannels benchmark: ${users} users, ${seconds} s per channel, ${pglite ? "PGlite" : "PostgreSQL"}, service in its own process, peak RSS ${round(peakRss)} MB\n`,
);
console.table(
  results.map((r) => ({
    channel: r.channel,
    users: r.users,
    messages: r.messages,
    "msgs/s": round(r.msgsPerS),
    "p50 ms": round(r.p50),
    "p95 ms": round(r.p95),
    "p99 ms": round(r.p99),
    errors: r.errors,
    "bot sends (Telegram, paced 30/s)": r.botSends ?? "",
  })),
);
if (flags.has("json")) {
  const byName = (name: string) => results.find((r) => r.channel.startsWith(name));
  console.log(
    JSON.stringify({
      telegram_msgs_per_s: round(byName("telegram")?.msgsPerS ?? Number.NaN),
      telegram_p99_ms: round(byName("telegram")?.p99 ?? Number.NaN),
      botframework_msgs_per_s: round(byName("bot")?.msgsPerS ?? Number.NaN),
      botframework_p99_ms: round(byName("bot")?.p99 ?? Number.NaN),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      rss_mb: round(peakRss),
    }),
  );
}
