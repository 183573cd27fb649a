import { Writable } from "node:stream";
import { pino } from "pino";
import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import type { TelegramApi } from "../../../src/channels/telegram/TelegramApi.ts";
import { telegramModule } from "../../../src/channels/telegram/telegramModule.ts";
import type {
  ConversationGateway,
  StoredMessage,
} from "../../../src/conversation/ports/ConversationGateway.ts";
import { ReplySchema } from "../../../src/conversation/turn.ts";
import { parseConfig } from "../../../src/kernel/config.ts";
import { loadChannelWords } from "../support/loadChannelWords.ts";

const CHAT_ID = 987_654_321;
const SECRET_TEXT = "Il mio codice fiscale è RSSMRA85T10A562S";

/** Telegram refuses every send to this chat, as it does when the user blocked the bot. */
const refusingApi: TelegramApi = {
  async sendMessage(chatId, html) {
    throw new TelegramError(
      { error_code: 403, description: "Forbidden: bot was blocked by the user" },
      { method: "sendMessage", payload: { chat_id: chatId, text: html } },
    );
  },
  sendTyping: () => Promise.resolve(),
  answerCallbackQuery: () => Promise.resolve(),
  setWebhook: () => Promise.resolve(),
  deleteWebhook: () => Promise.resolve(),
  getUpdates: () => new Promise(() => undefined),
};

const pending: StoredMessage & { externalKey: string } = {
  id: "41",
  conversationId: "7",
  direction: "staff",
  text: SECRET_TEXT,
  reply: ReplySchema.parse({ text: SECRET_TEXT }),
  createdAt: new Date(0),
  externalKey: String(CHAT_ID),
};

describe("Telegram logs", () => {
  it("say a message was given up without the chat id or the message text", async () => {
    const parsed = parseConfig({ NODE_ENV: "test", TELEGRAM_BOT_TOKEN: "123:abc" });
    if (!parsed.ok) throw new Error(parsed.problems.join("; "));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    let handed = false;
    const gateway: ConversationGateway = {
      receive: () => Promise.reject(new Error("not used")),
      open: () => Promise.reject(new Error("not used")),
      history: () => Promise.resolve([]),
      onOutbound: () => () => undefined,
      undelivered: async () => {
        if (handed) return [];
        handed = true;
        return [pending];
      },
      markDelivered: () => Promise.resolve(),
      claimDelivery: async (ids) => ids,
    };
    const module = telegramModule({
      config: parsed.config,
      logger: pino({ level: "debug" }, sink),
      gateway,
      channelWords: await loadChannelWords(),
      api: refusingApi,
      deliveryPollMs: 60_000,
    });
    await module.start?.();
    const deadline = Date.now() + 5_000;
    while (!lines.some((line) => line.includes("given up")) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await module.stop?.();
    const log = lines.join("");
    expect(log).toContain("Telegram message given up");
    expect(log).toContain("403");
    expect(log).not.toContain(String(CHAT_ID));
    expect(log).not.toContain("RSSMRA85T10A562S");
  });
});
