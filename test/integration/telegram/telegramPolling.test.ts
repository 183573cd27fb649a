import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLBACK_DATA_MAX_BYTES } from "../../../src/channels/telegram/encodeCallbackData.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { driveJourney } from "./support/driveJourney.ts";
import {
  type BotMessage,
  keysOf,
  startTelegramEmulator,
  type TelegramEmulator,
} from "./support/startTelegramEmulator.ts";

const TOKEN = "123456:polling-test-token";

const keyboardLabels = (messages: BotMessage[]) => keysOf(messages).map((key) => key.text);

describe(`Telegram in long-polling mode against the Bot API emulator, on ${process.env.TEST_DB}`, () => {
  let emulator: TelegramEmulator;
  let service: TestService;
  const clientFor = (chatId: number) =>
    emulator.server.getClient(TOKEN, { chatId, userId: chatId, timeout: 8_000 });

  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    service = await startTestService({ TELEGRAM_BOT_TOKEN: TOKEN, ...emulator.serviceEnv });
  });
  afterAll(async () => {
    await service?.dispose();
    await emulator?.stop();
  });

  it("greets /start as an automatic assistant, with the privacy notice and the menu as an inline keyboard", async () => {
    const client = clientFor(101);
    await client.sendCommand(client.makeCommand("/start"));
    const messages = await emulator.botMessages(101, (m) => m.some((message) => message.reply_markup));
    const text = messages.map((m) => m.text).join("\n");
    expect(text).toMatch(/assistente automatico/);
    expect(text).toMatch(/Privacy/);
    expect(keyboardLabels(messages)).toEqual([
      "Impresa",
      "Famiglia",
      "Voglio avviare un'attività",
      "Parlare con una persona",
    ]);
    for (const message of messages) expect(message.parse_mode).toBe("HTML");
  });

  it("takes a firm through the eligibility interview with buttons, one question at a time, to the verdict", async () => {
    const client = clientFor(102);
    await client.sendCommand(client.makeCommand("/start"));
    const steps = await driveJourney(emulator, client, 102, {
      first: "Impresa",
      prefer: ["Da 10 a 49", "Sì", "Lombardia", "Bergamo"],
      typed: "Bergamo",
    });
    const transcript = steps.map(
      (step) => `${step.messages.map((m) => `BOT: ${m.text}`).join("\n")}\nUSER: ${step.action ?? "-"}`,
    );
    // The menu, then the first question of the interview with its answers as buttons.
    expect(steps[1]?.messages.map((m) => m.text).join("\n"), transcript.join("\n")).toMatch(/impresa/i);
    expect(keyboardLabels(steps[1]?.messages ?? []).length).toBeGreaterThan(1);
    const last =
      steps
        .at(-1)
        ?.messages.map((m) => m.text)
        .join("\n") ?? "";
    expect(last, transcript.join("\n")).toMatch(/In base alle tue risposte/);
    expect(last).toMatch(/ATS di Bergamo/);
  });

  it("only ever sends buttons whose callback_data fits in 64 bytes", () => {
    const all = [101, 102].flatMap((chatId) => emulator.allBotMessages(chatId));
    const keys = keysOf(all);
    expect(keys.length).toBeGreaterThan(4);
    for (const key of keys) {
      expect(Buffer.byteLength(key.callback_data, "utf8"), key.callback_data).toBeLessThanOrEqual(
        CALLBACK_DATA_MAX_BYTES,
      );
    }
  });

  it("understands /aiuto, /privacy and /operatore as the words they stand for", async () => {
    const client = clientFor(103);
    await client.sendCommand(client.makeCommand("/start"));
    await emulator.botMessages(103, (m) => m.some((message) => message.reply_markup));
    await client.sendCommand(client.makeCommand("/aiuto"));
    expect((await emulator.botMessages(103, (m) => m.length > 0)).map((m) => m.text).join("\n")).toMatch(
      /Posso dirti/,
    );
    await client.sendCommand(client.makeCommand("/privacy"));
    expect((await emulator.botMessages(103, (m) => m.length > 0)).map((m) => m.text).join("\n")).toMatch(
      /conservo|Conservo/,
    );
    await client.sendCommand(client.makeCommand("/operatore"));
    expect((await emulator.botMessages(103, (m) => m.length > 0)).map((m) => m.text).join("\n")).toMatch(
      /staff|operatore|persona/i,
    );
  });

  it("answers a message without text politely instead of ignoring it", async () => {
    const client = clientFor(104);
    const sticker = client.makeMessage("");
    await client.sendMessage(sticker);
    const messages = await emulator.botMessages(104, (m) => m.length > 0);
    expect(messages.map((m) => m.text).join("\n")).toMatch(/solo messaggi di testo/);
  });

  it("moves a conversation to another chat with a resume code, where it continues at the same question", async () => {
    const first = clientFor(105);
    await first.sendCommand(first.makeCommand("/start"));
    await emulator.botMessages(105, (m) => m.some((message) => message.reply_markup));
    await first.sendCallback(first.makeCallbackQuery("Famiglia"));
    const question = await emulator.botMessages(105, (m) => m.some((message) => message.reply_markup));
    await first.sendCommand(first.makeCommand("/riprendi"));
    const issued = await emulator.botMessages(105, (m) => m.length > 0);
    const code = /riprendi ([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(issued.map((m) => m.text).join("\n"))?.[1];
    expect(code, JSON.stringify(issued)).toBeDefined();

    const second = clientFor(106);
    await second.sendMessage(second.makeMessage(`riprendi ${code?.toLowerCase()}`));
    const resumed = await emulator.botMessages(106, (m) => m.some((message) => message.reply_markup));
    const text = resumed.map((m) => m.text).join("\n");
    expect(text).toMatch(/Ho ripreso la conversazione/);
    expect(keyboardLabels(resumed)).toEqual(keyboardLabels(question));

    await second.sendMessage(second.makeMessage(`riprendi ${code}`));
    expect((await emulator.botMessages(106, (m) => m.length > 0)).map((m) => m.text).join("\n")).toMatch(
      /non è valido o è scaduto/,
    );
  });
});
