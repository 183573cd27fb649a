import { Telegram } from "telegraf";
import type { TelegramApi } from "./TelegramApi.ts";

/** The update kinds the bot asks Telegram for: anything else would only cost bandwidth. */
const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/**
 * The Bot API through Telegraf's client. `apiRoot` points it at another Bot API server: a local
 * `telegram-bot-api`, or the emulator in tests.
 */
export function createTelegrafApi(token: string, apiRoot?: string): TelegramApi {
  const telegram = new Telegram(token, apiRoot ? { apiRoot } : {});
  telegram.webhookReply = false;
  return {
    async sendMessage(chatId, html, keyboard) {
      await telegram.sendMessage(chatId, html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    },
    async answerCallbackQuery(callbackQueryId, text) {
      await telegram.answerCbQuery(callbackQueryId, text);
    },
    async sendTyping(chatId) {
      await telegram.sendChatAction(chatId, "typing");
    },
    async setWebhook(url, secretToken) {
      await telegram.setWebhook(url, {
        secret_token: secretToken,
        allowed_updates: [...ALLOWED_UPDATES],
        max_connections: 40,
      });
    },
    async deleteWebhook() {
      await telegram.deleteWebhook({ drop_pending_updates: false });
    },
    async getUpdates(offset, timeoutSeconds) {
      const updates: unknown[] = await telegram.getUpdates(timeoutSeconds, 100, offset, ALLOWED_UPDATES);
      return updates;
    },
  };
}
