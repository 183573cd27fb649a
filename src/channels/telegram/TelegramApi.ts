import type { InlineKeyboard } from "./renderTelegramMessages.ts";

/**
 * The Bot API methods this channel calls, behind a seam so the rest of the folder does not care
 * whether Telegraf, the emulator or a test double answers. Errors are thrown as the client throws
 * them and sorted by `classifyTelegramError`.
 */
export interface TelegramApi {
  sendMessage(chatId: number, html: string, keyboard?: InlineKeyboard): Promise<void>;
  answerCallbackQuery(callbackQueryId: string, text?: string): Promise<void>;
  sendTyping(chatId: number): Promise<void>;
  setWebhook(url: string, secretToken: string): Promise<void>;
  deleteWebhook(): Promise<void>;
  /**
   * Long polling; the updates are returned unparsed, to be checked with zod like webhook bodies.
   * Not abortable (Telegraf's client takes another AbortSignal type): a stopping poller simply
   * ignores the last answer, and Telegram delivers those updates again to the next one.
   */
  getUpdates(offset: number, timeoutSeconds: number): Promise<unknown[]>;
}
