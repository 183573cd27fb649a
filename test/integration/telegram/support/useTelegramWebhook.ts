import { expect } from "vitest";
import { beforeAllTests } from "../../../support/beforeAllTests.ts";
import { startTestService } from "../../../support/startTestService.ts";
import { postToWebhook } from "./postToWebhook.ts";
import { type BotMessage, keysOf, startTelegramEmulator } from "./startTelegramEmulator.ts";
import { buttonUpdate, textUpdate } from "./telegramUpdates.ts";

/**
 * The Bot API emulator and the whole service in webhook mode (bot `token`, webhook `secret`) for
 * the tests of one file: started before them, stopped after them. The file's updates are numbered
 * from `firstUpdateId` on.
 */
export function useTelegramWebhook(token: string, secret: string, firstUpdateId = 1) {
  return beforeAllTests(
    async () => {
      const emulator = await startTelegramEmulator();
      const service = await startTestService({
        TELEGRAM_BOT_TOKEN: token,
        ...emulator.serviceEnv,
        PUBLIC_URL: "https://conciliabot.example.org/",
        TELEGRAM_WEBHOOK_SECRET: secret,
      });
      let updateId = firstUpdateId;
      /** Posts an update to the webhook with the file's secret (or `withSecret`, none when null). */
      const post = (update: unknown, withSecret: string | null = secret) =>
        postToWebhook(service, update, withSecret);
      /** Posts an update with the file's secret and expects it accepted. */
      const deliver = async (update: unknown) => {
        const res = await post(update);
        expect(res.status, await res.clone().text()).toBe(200);
      };
      return {
        emulator,
        service,
        post,
        deliver,
        nextUpdateId: () => updateId++,
        /** The user of `chatId` writes `text`; returns the bot's messages once none came for `quietMs`. */
        say: async (chatId: number, text: string, quietMs = 300) => {
          await deliver(textUpdate(updateId++, chatId, text));
          return emulator.botMessages(chatId, (m) => m.length > 0, { quietMs });
        },
        /** The user of `chatId` presses the button labelled `label` under `messages`. */
        press: async (chatId: number, messages: BotMessage[], label: string) => {
          const key = keysOf(messages).find((k) => k.text === label);
          expect(key, `button «${label}» in ${JSON.stringify(messages)}`).toBeDefined();
          await deliver(buttonUpdate(updateId++, chatId, key?.callback_data ?? ""));
        },
        conversationOf: (chatId: number) =>
          service.db.prisma.conversation.findUniqueOrThrow({
            where: { channel_externalKey: { channel: "telegram", externalKey: String(chatId) } },
          }),
      };
    },
    async (telegram) => {
      await telegram.service.dispose();
      await telegram.emulator.stop();
    },
  );
}
