import { afterAll, beforeAll, expect } from "vitest";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { postToWebhook } from "./postToWebhook.ts";
import { startTelegramEmulator, type TelegramEmulator } from "./startTelegramEmulator.ts";

export interface TelegramWebhook {
  readonly emulator: TelegramEmulator;
  readonly service: TestService;
  /** Posts an update to the webhook with the file's secret (or `secret`, none when null). */
  post(update: unknown, secret?: string | null): Promise<Response>;
  /** Posts an update with the file's secret and expects it accepted. */
  deliver(update: unknown): Promise<void>;
}

/**
 * The Bot API emulator and the whole service in webhook mode (bot `token`, webhook `secret`) for
 * the tests of one file: started before them, stopped after them.
 */
export function useTelegramWebhook(token: string, secret: string): TelegramWebhook {
  let emulator: TelegramEmulator | undefined;
  let service: TestService | undefined;
  beforeAll(async () => {
    emulator = await startTelegramEmulator();
    service = await startTestService({
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: emulator.apiRoot,
      PUBLIC_URL: "https://conciliabot.example.org/",
      TELEGRAM_WEBHOOK_SECRET: secret,
    });
  });
  afterAll(async () => {
    await service?.dispose();
    await emulator?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the emulator and the service start before the tests");
    return value;
  };
  const post = (update: unknown, withSecret: string | null = secret) =>
    postToWebhook(started(service), update, withSecret);
  return {
    get emulator() {
      return started(emulator);
    },
    get service() {
      return started(service);
    },
    post,
    async deliver(update) {
      const res = await post(update);
      expect(res.status, await res.clone().text()).toBe(200);
    },
  };
}
