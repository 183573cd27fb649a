import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { BOT_FRAMEWORK_PATH } from "../../../src/channels/botframework/botFrameworkModule.ts";
import { TELEGRAM_WEBHOOK_PATH } from "../../../src/channels/telegram/telegramModule.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { startTelegramEmulator, type TelegramEmulator } from "../telegram/support/startTelegramEmulator.ts";
import { buttonUpdate, textUpdate } from "../telegram/support/telegramUpdates.ts";
import { joinActivity, messageActivity } from "./support/activities.ts";
import { SentActivitySchema } from "./support/startFakeConnector.ts";

const TOKEN = "777777:resume-test-token";
const SECRET = "resume-test-secret-0123456789";
const ExpectedRepliesSchema = z.object({ activities: z.array(SentActivitySchema) });

describe(`a conversation moved between Telegram and Bot Framework with a resume code, on ${process.env.TEST_DB}`, () => {
  let emulator: TelegramEmulator;
  let service: TestService;
  let updateId = 90_000;

  const telegram = async (chatId: number, update: unknown) => {
    const res = await fetch(`${service.url}${TELEGRAM_WEBHOOK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET },
      body: JSON.stringify(update),
    });
    expect(res.status).toBe(200);
    return emulator.botMessages(chatId, (m) => m.length > 0, { quietMs: 400 });
  };
  const botFramework = async (activity: unknown) => {
    const res = await fetch(`${service.url}${BOT_FRAMEWORK_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
    expect(res.status, await res.clone().text()).toBe(200);
    return ExpectedRepliesSchema.parse(await res.json()).activities;
  };
  const codeIn = (texts: string[]) =>
    /(?:riprendi|resume) ([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(texts.join("\n"))?.[1];

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    service = await startTestService({
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      PUBLIC_URL: "https://conciliabot.example.org",
      TELEGRAM_WEBHOOK_SECRET: SECRET,
    });
  });
  afterAll(async () => {
    await service?.dispose();
    await emulator?.stop();
  });

  it("continues on Teams/Direct Line at the question where the user left Telegram, without any account", async () => {
    await telegram(401, textUpdate(updateId++, 401, "/start"));
    const question = await telegram(401, buttonUpdate(updateId++, 401, "Famiglia"));
    const labels = question.flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((k) => k.text) ?? []);
    expect(labels.length).toBeGreaterThan(1);
    const issued = await telegram(401, textUpdate(updateId++, 401, "/riprendi"));
    const code = codeIn(issued.map((m) => m.text));
    expect(code, JSON.stringify(issued)).toBeDefined();

    const conversationId = `bf-${randomUUID()}`;
    const base = {
      serviceUrl: "http://127.0.0.1:9/",
      conversationId,
      deliveryMode: "expectReplies" as const,
    };
    const resumed = await botFramework(messageActivity({ ...base, text: `riprendi ${code}` }));
    expect(resumed[0]?.text).toMatch(/Ho ripreso la conversazione/);
    expect(resumed.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? [])).toEqual(
      labels,
    );
  });

  it("goes back from Bot Framework to Telegram the same way", async () => {
    const conversationId = `bf-${randomUUID()}`;
    const base = {
      serviceUrl: "http://127.0.0.1:9/",
      conversationId,
      deliveryMode: "expectReplies" as const,
    };
    await botFramework(joinActivity(base));
    const question = await botFramework(messageActivity({ ...base, text: "Impresa" }));
    const labels = question.flatMap((a) => a.suggestedActions?.actions.map((action) => action.title) ?? []);
    const issued = await botFramework(messageActivity({ ...base, text: "codice per riprendere" }));
    const code = codeIn(issued.map((a) => a.text ?? ""));
    expect(code, JSON.stringify(issued)).toBeDefined();

    const resumed = await telegram(402, textUpdate(updateId++, 402, `riprendi ${code}`));
    expect(resumed.map((m) => m.text).join("\n")).toMatch(/Ho ripreso la conversazione/);
    expect(resumed.flatMap((m) => m.reply_markup?.inline_keyboard.flat().map((k) => k.text) ?? [])).toEqual(
      labels,
    );
  });
});
