import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningService } from "../../../src/app/startService.ts";
import { OUTBOUND_CHANNEL } from "../../../src/persistence/createOutboundBus.ts";
import { startServiceInProcess } from "../../support/startServiceInProcess.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { postToWebhook } from "./support/postToWebhook.ts";
import { startTelegramEmulator, type TelegramEmulator } from "./support/startTelegramEmulator.ts";
import { textUpdate } from "./support/telegramUpdates.ts";

const TOKEN = "888888:two-instances-token";
const SECRET = "two-instances-secret-0123456789";

// Two processes' worth of service on one database: only PostgreSQL can be shared.
describe.skipIf(process.env.TEST_DB !== "postgres")("Telegram on two instances sharing PostgreSQL", () => {
  let emulator: TelegramEmulator;
  let first: TestService;
  let second: RunningService;
  let secondDataDir: string;
  const env = () => ({
    TELEGRAM_BOT_TOKEN: TOKEN,
    ...emulator.serviceEnv,
    PUBLIC_URL: "https://conciliabot.example.org",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
  });
  const post = (service: { url: string }, update: unknown) => postToWebhook(service, update, SECRET);

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    first = await startTestService(env());
    secondDataDir = await mkdtemp(path.join(tmpdir(), "conciliabot-second-"));
    second = await startServiceInProcess({
      DATA_DIR: secondDataDir,
      ...(first.target.databaseUrl ? { DATABASE_URL: first.target.databaseUrl } : {}),
      ...env(),
    });
  });
  afterAll(async () => {
    await second?.stop(1_000);
    await first?.dispose();
    await emulator?.stop();
    if (secondDataDir) await rm(secondDataDir, { recursive: true, force: true });
  });

  it("answers once an update that Telegram delivers to both instances at the same time", async () => {
    const start = textUpdate(700_001, 601, "/start");
    const statuses = await Promise.all([post(first, start), post(second, start), post(first, start)]);
    expect(statuses.map((res) => res.status)).toEqual([200, 200, 200]);
    const greeting = await emulator.botMessages(601, (m) => m.length > 0, { quietMs: 800 });
    expect(greeting).toHaveLength(1);
  });

  it("sends each staff reply once although both instances hear about it", async () => {
    await post(first, textUpdate(700_002, 602, "/start"));
    await emulator.botMessages(602, (m) => m.length > 0, { quietMs: 400 });
    const conversation = await first.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "telegram", externalKey: "602" } },
    });
    for (let i = 1; i <= 12; i++) {
      const staff = await first.db.prisma.message.create({
        data: { conversationId: conversation.id, direction: "staff", text: `Risposta ${i}` },
      });
      await first.db.notify(
        OUTBOUND_CHANNEL,
        JSON.stringify({
          conversationId: conversation.id,
          channel: "telegram",
          externalKey: "602",
          messageId: String(staff.id),
          origin: "staff-console-test",
        }),
      );
    }
    const repliesIn = (messages: Array<{ text: string }>) =>
      messages.flatMap((m) => m.text.split("\n\n")).filter((line) => /Risposta \d+/.test(line));
    const sent = await emulator.botMessages(602, (m) => repliesIn(m).length >= 12, {
      quietMs: 1_500,
      timeoutMs: 20_000,
    });
    const texts = repliesIn(sent);
    const numbers = texts.map((line) => Number(/Risposta (\d+)/.exec(line)?.[1]));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it("sends a staff reply whose claiming instance died before sending it, once", async () => {
    await post(first, textUpdate(700_003, 603, "/start"));
    await emulator.botMessages(603, (m) => m.length > 0, { quietMs: 400 });
    const conversation = await first.db.prisma.conversation.findUniqueOrThrow({
      where: { channel_externalKey: { channel: "telegram", externalKey: "603" } },
    });
    // Claimed by an instance that died before sending: the lease runs out and nobody confirmed it.
    await first.db.prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: "staff",
        text: "Risposta orfana",
        deliveredAt: new Date(),
        deliveryLeaseUntil: new Date(Date.now() + 500),
      },
    });
    const sent = await emulator.botMessages(603, (m) => m.some((x) => x.text.includes("Risposta orfana")), {
      quietMs: 1_500,
      timeoutMs: 20_000,
    });
    expect(sent.filter((m) => m.text.includes("Risposta orfana"))).toHaveLength(1);
  });
});
