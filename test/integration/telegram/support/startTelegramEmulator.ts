import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { z } from "zod";
import { freePort } from "../../../support/freePort.ts";

export const BotMessageSchema = z.object({
  chat_id: z.union([z.number(), z.string()]).transform(Number),
  text: z.string(),
  parse_mode: z.string().optional(),
  reply_markup: z
    .object({
      inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string() }))),
    })
    .optional(),
});
export type BotMessage = z.infer<typeof BotMessageSchema>;

/** The inline buttons under `messages`, in order. */
export const keysOf = (messages: BotMessage[]) =>
  messages.flatMap((m) => m.reply_markup?.inline_keyboard.flat() ?? []);

export type TelegramEmulator = Awaited<ReturnType<typeof startTelegramEmulator>>;

/** The `telegram-test-api` Bot API emulator on a free port of this process. */
export async function startTelegramEmulator() {
  const port = await freePort();
  const server = new TelegramServer({ port, host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  const read = new Set<number>();
  const messagesFor = (chatId: number, onlyUnread: boolean) =>
    server.storage.botMessages
      .filter((update) => Number(BotMessageSchema.shape.chat_id.parse(update.message.chat_id)) === chatId)
      .filter((update) => !onlyUnread || !read.has(update.messageId));
  return {
    /**
     * A service's variables to talk to this emulator: its API root, and a pace of 20 messages a
     * second into a chat instead of Telegram's one, so that tests wait for a turn's replies rather
     * than for Telegram's limits (the pace itself is the send scheduler's unit test).
     */
    serviceEnv: { TELEGRAM_API_ROOT: server.config.apiURL, TELEGRAM_MESSAGES_PER_CHAT_PER_SECOND: "20" },
    server,
    /**
     * Every message the bot sent to `chatId` since the last call, once `until` holds and no new
     * message came for `quietMs` (or at the timeout).
     */
    async botMessages(
      chatId: number,
      until: (messages: BotMessage[]) => boolean,
      options: { timeoutMs?: number; quietMs?: number } = {},
    ): Promise<BotMessage[]> {
      const deadline = Date.now() + (options.timeoutMs ?? 8_000);
      let count = -1;
      let changedAt = Date.now();
      for (;;) {
        const unread = messagesFor(chatId, true);
        const parsed = unread.map((update) => BotMessageSchema.parse(update.message));
        if (parsed.length !== count) {
          count = parsed.length;
          changedAt = Date.now();
        }
        const quiet = Date.now() - changedAt >= (options.quietMs ?? 0);
        if ((until(parsed) && quiet) || Date.now() > deadline) {
          for (const update of unread) read.add(update.messageId);
          return parsed;
        }
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    /** All bot messages ever sent to `chatId`, read or not. */
    allBotMessages: (chatId: number) =>
      messagesFor(chatId, false).map((update) => BotMessageSchema.parse(update.message)),
    stop: async () => {
      await server.stop();
    },
  };
}
