import { TELEGRAM_WEBHOOK_PATH } from "../../../../src/channels/telegram/telegramModule.ts";

/** An update posted to the service's webhook as Telegram posts it, with `secret` as its token (none when null). */
export function postToWebhook(
  service: { url: string },
  update: unknown,
  secret: string | null,
): Promise<Response> {
  return fetch(`${service.url}${TELEGRAM_WEBHOOK_PATH}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret === null ? {} : { "X-Telegram-Bot-Api-Secret-Token": secret }),
    },
    body: JSON.stringify(update),
  });
}
