import { TelegramError } from "telegraf";

export type SendFailure =
  /** 429: Telegram says how long to wait (`parameters.retry_after`, seconds). */
  | { kind: "retry_after"; ms: number }
  /** Network trouble or a 5xx: worth another try. */
  | { kind: "transient" }
  /** The request itself is wrong or the user blocked the bot: retrying cannot help. */
  | { kind: "permanent" };

/** Sorts a Bot API failure into what the sender should do about it. */
export function classifyTelegramError(error: unknown): SendFailure {
  if (error instanceof TelegramError) {
    if (error.code === 429)
      return { kind: "retry_after", ms: Math.max(1, error.parameters?.retry_after ?? 1) * 1000 };
    if (error.code >= 500) return { kind: "transient" };
    return { kind: "permanent" };
  }
  return { kind: "transient" };
}
