import { TelegramError } from "telegraf";

const BOT_TOKEN_IN_URL = /bot\d+:[\w-]+/g;

/** What of a failed Bot API call may be logged. */
export interface LoggableTelegramError {
  name: string;
  code?: number;
  description?: string;
}

/**
 * The part of a Bot API failure an operator needs (its code and Telegram's description), without
 * the request it came from: Telegraf keeps the whole call on the error (`on.payload`: the chat id
 * and the message text), and a logged error would carry both into the logs. Network errors keep
 * their message, without the bot token of the URL they name.
 */
export function telegramErrorForLog(error: unknown): LoggableTelegramError {
  if (error instanceof TelegramError) {
    return { name: "TelegramError", code: error.code, description: error.description };
  }
  // Network errors name the URL they failed on, and the Bot API's URLs carry the bot token.
  if (error instanceof Error)
    return { name: error.name, description: error.message.replace(BOT_TOKEN_IN_URL, "bot[redacted]") };
  return { name: typeof error };
}
