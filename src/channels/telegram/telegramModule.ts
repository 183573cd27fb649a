import type { IncomingHttpHeaders, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import express from "express";
import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import type { ResumeService } from "../../conversation/resume/createResumeService.ts";
import { KeyedQueue } from "../../conversation/service/KeyedQueue.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import { InfrastructureError } from "../../kernel/InfrastructureError.ts";
import type { ServiceModule } from "../../kernel/ServiceModule.ts";
import { sendJson } from "../../kernel/sendJson.ts";
import type { DeliveryHandOver } from "../shared/createPushDelivery.ts";
import { classifyTelegramError } from "./classifyTelegramError.ts";
import { createSendScheduler } from "./createSendScheduler.ts";
import { createTelegrafApi } from "./createTelegrafApi.ts";
import { createTelegramDelivery } from "./createTelegramDelivery.ts";
import { createTelegramUpdateHandler } from "./createTelegramUpdateHandler.ts";
import { runLongPolling } from "./runLongPolling.ts";
import type { TelegramApi } from "./TelegramApi.ts";
import { telegramErrorForLog } from "./telegramErrorForLog.ts";
import { verifySecretToken } from "./verifySecretToken.ts";

export const TELEGRAM_WEBHOOK_PATH = "/telegram/webhook";
const SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
const WEBHOOK_BODY_LIMIT_BYTES = 256 * 1024;

export interface TelegramModuleOptions extends DeliveryHandOver {
  config: Pick<
    Config,
    "TELEGRAM_BOT_TOKEN" | "TELEGRAM_API_ROOT" | "TELEGRAM_WEBHOOK_SECRET" | "PUBLIC_URL"
  > &
    Partial<Pick<Config, "TELEGRAM_MESSAGES_PER_CHAT_PER_SECOND">>;
  logger: Logger;
  gateway: ConversationGateway;
  /** Who wrote a staff reply (content); Telegram chats show it in Italian. */
  channelWords: (lang: Lang) => ChannelWords;
  resume?: ResumeService;
  /** Another Bot API client (tests, benchmarks); Telegraf's by default. */
  api?: TelegramApi;
  /** Interval of the scan for undelivered messages (staff replies without an event, leftovers). */
  deliveryPollMs?: number;
}

/**
 * The Telegram channel: webhook mode when PUBLIC_URL is set (the route checks Telegram's secret
 * token header, and `setWebhook` registers it with that secret at start), long polling
 * otherwise. Outbound messages, the replies of a turn as well as proactive ones, leave through a
 * scheduler that keeps to Telegram's limits.
 */
export function telegramModule(options: TelegramModuleOptions): ServiceModule {
  const { config, gateway } = options;
  const logger = options.logger.child({ channel: "telegram" });
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token)
    throw new InfrastructureError(
      "misconfigured",
      "TELEGRAM_BOT_TOKEN: necessario per attivare il canale Telegram",
    );
  const webhookUrl = config.PUBLIC_URL
    ? `${config.PUBLIC_URL.replace(/\/+$/, "")}${TELEGRAM_WEBHOOK_PATH}`
    : undefined;
  const secret = config.TELEGRAM_WEBHOOK_SECRET;
  if (webhookUrl && !secret) {
    throw new InfrastructureError(
      "misconfigured",
      "TELEGRAM_WEBHOOK_SECRET: obbligatoria con TELEGRAM_BOT_TOKEN e PUBLIC_URL (modalità webhook): 16-256 caratteri tra A-Z, a-z, 0-9, _ e -",
    );
  }

  const api = options.api ?? createTelegrafApi(token, config.TELEGRAM_API_ROOT);
  const scheduler = createSendScheduler({
    perChatPerSecond: config.TELEGRAM_MESSAGES_PER_CHAT_PER_SECOND,
    classify: classifyTelegramError,
    // Neither the chat id (personal data) nor the request Telegraf keeps on its errors is logged.
    onDropped: (_chatKey, error) =>
      logger.warn({ err: telegramErrorForLog(error) }, "Telegram message given up"),
  });
  const chats = new KeyedQueue();
  const delivery = createTelegramDelivery({
    gateway,
    api,
    scheduler,
    chats,
    logger,
    channelWords: options.channelWords("it"),
    claimDelivery: options.claimDelivery,
    releaseDelivery: options.releaseDelivery,
    confirmDelivery: options.confirmDelivery,
    ...(options.deliveryPollMs ? { pollIntervalMs: options.deliveryPollMs } : {}),
  });
  const handler = createTelegramUpdateHandler({
    gateway,
    api,
    delivery,
    chats,
    logger,
    channelWords: options.channelWords,
    ...(options.resume ? { resume: options.resume } : {}),
  });
  let polling: ReturnType<typeof runLongPolling> | undefined;
  let stopped = false;

  async function registerWebhook(url: string, secretToken: string): Promise<void> {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await api.setWebhook(url, secretToken);
        logger.info({ url }, "Telegram webhook registered");
        return;
      } catch (error) {
        const delay = Math.min(60_000, 1_000 * 2 ** (attempt - 1));
        logger.error({ err: telegramErrorForLog(error), delay }, "Telegram setWebhook failed, retrying");
        await sleep(delay, undefined, { ref: false });
      }
    }
  }

  /** The one check of the secret header, in Express and in the fast lane. */
  const carriesSecret = (headers: IncomingHttpHeaders) => {
    const header = headers[SECRET_HEADER.toLowerCase()];
    return secret !== undefined && typeof header === "string" && verifySecretToken(header, secret);
  };
  const unauthorized = (res: ServerResponse) =>
    sendJson(res, 401, {
      error: "unauthorized",
      message: `Intestazione ${SECRET_HEADER} mancante o errata.`,
    });
  /** An update Telegram posted, as the webhook answers it: 400 for one that cannot be read. */
  async function answerUpdate(body: unknown, res: ServerResponse): Promise<void> {
    const outcome = await handler.handle(body);
    if (!outcome.ok) sendJson(res, 400, { error: "bad_request", message: outcome.message });
    else sendJson(res, 200, { ok: true });
  }

  return {
    name: "telegram",
    mount(app) {
      if (!webhookUrl || !secret) return;
      app.post(
        TELEGRAM_WEBHOOK_PATH,
        (req, res, next) => {
          if (!carriesSecret(req.headers)) return unauthorized(res);
          next();
        },
        express.json({ limit: WEBHOOK_BODY_LIMIT_BYTES }),
        (req, res) => answerUpdate(req.body, res),
      );
    },
    // Every message a Telegram user sends arrives here: answered before Express (see FastRoute).
    fastRoutes:
      webhookUrl && secret
        ? [
            {
              method: "POST",
              path: TELEGRAM_WEBHOOK_PATH,
              bodyLimitBytes: WEBHOOK_BODY_LIMIT_BYTES,
              admit(req, res) {
                if (carriesSecret(req.headers)) return true;
                unauthorized(res);
                return false;
              },
              handle: (req, res) => answerUpdate(req.body, res),
            },
          ]
        : [],
    async start() {
      delivery.start();
      if (webhookUrl && secret) {
        void registerWebhook(webhookUrl, secret);
        return;
      }
      await api
        .deleteWebhook()
        .catch((error: unknown) =>
          logger.warn({ err: telegramErrorForLog(error) }, "Telegram deleteWebhook failed"),
        );
      polling = runLongPolling({
        api,
        logger,
        classify: classifyTelegramError,
        onUpdates: async (updates) => {
          const outcomes = await Promise.allSettled(updates.map((update) => handler.handle(update)));
          const failed = outcomes.find((outcome) => outcome.status === "rejected");
          if (failed) throw failed.reason;
          for (const outcome of outcomes) {
            if (outcome.status === "fulfilled" && !outcome.value.ok) {
              logger.warn({ reason: outcome.value.message }, "Telegram update ignored");
            }
          }
        },
      });
      logger.info("Telegram long polling started");
    },
    async stop() {
      stopped = true;
      await polling?.stop();
      delivery.stop();
      await Promise.race([scheduler.idle(), sleep(3_000, undefined, { ref: false })]);
      // Messages still queued are released for another instance (or the next start) to send.
      scheduler.stop();
      await Promise.race([delivery.settled(), sleep(2_000, undefined, { ref: false })]);
    },
  };
}
