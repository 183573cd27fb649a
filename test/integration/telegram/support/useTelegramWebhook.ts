import { expect } from "vitest";
import { beforeAllTests } from "../../../support/beforeAllTests.ts";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { postToWebhook } from "./postToWebhook.ts";
import { startTelegramEmulator, type TelegramEmulator } from "./startTelegramEmulator.ts";

export interface TelegramWebhook {
  emulator: TelegramEmulator;
  service: TestService;
  /** Posts an update to the webhook with the file's secret (or `secret`, none when null). */
  post(update: unknown, secret?: string | null): Promise<Response>;
  /** Posts an update with the file's secret and expects it accepted. */
  deliver(update: unknown): Promise<void>;
}

/**
 * The Bot API emulator and the whole service in webhook mode (bot `token`, webhook `secret`) for
 * the tests of one file: started before them, stopped after them.
 */
export function useTelegramWebhook(token: string, secret: string): () => TelegramWebhook {
  return beforeAllTests<TelegramWebhook>(
    async () => {
      const emulator = await startTelegramEmulator();
      const service = await startTestService({
        TELEGRAM_BOT_TOKEN: token,
        ...emulator.serviceEnv,
        PUBLIC_URL: "https://conciliabot.example.org/",
        TELEGRAM_WEBHOOK_SECRET: secret,
      });
      const post = (update: unknown, withSecret: string | null = secret) =>
        postToWebhook(service, update, withSecret);
      const deliver = async (update: unknown) => {
        const res = await post(update);
        expect(res.status, await res.clone().text()).toBe(200);
      };
      return { emulator, service, post, deliver };
    },
    async (telegram) => {
      await telegram.service.dispose();
      await telegram.emulator.stop();
    },
  );
}
