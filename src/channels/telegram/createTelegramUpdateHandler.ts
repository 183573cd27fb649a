import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ChannelInbound } from "../../conversation/feedback/ChannelInboundSchema.ts";
import type { ConversationGateway, ReceiveRequest } from "../../conversation/ports/ConversationGateway.ts";
import type { KeyedQueue } from "../../conversation/service/KeyedQueue.ts";
import { ReplySchema } from "../../conversation/turn.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import type { createTelegramDelivery } from "./createTelegramDelivery.ts";
import { decodeCallbackData } from "./decodeCallbackData.ts";
import type { TelegramApi } from "./TelegramApi.ts";
import { TelegramUpdateSchema } from "./TelegramUpdateSchema.ts";
import { telegramErrorForLog } from "./telegramErrorForLog.ts";
import { toTelegramEvent } from "./toTelegramEvent.ts";

export type UpdateOutcome = { ok: true } | { ok: false; message: string };

export interface TelegramUpdateHandlerOptions {
  gateway: ConversationGateway;
  api: TelegramApi;
  delivery: ReturnType<typeof createTelegramDelivery>;
  chats: KeyedQueue;
  logger: Logger;
  /** What the channel says itself, in a language (`channel` in intents/responses). */
  channelWords: (lang: Lang) => ChannelWords;
  /** Show "typing…" when the bot takes longer than this to answer. */
  typingDelayMs?: number;
}

const RECENT_UPDATES = 10_000;

/**
 * From a Telegram update to a conversation turn: parse, map commands and button presses, hand
 * the message to the gateway with `update_id` as its external id (so a
 * re-delivered update is processed once), then deliver the replies. One chat's updates are
 * handled in order; typing shows while the bot works.
 */
export function createTelegramUpdateHandler(options: TelegramUpdateHandlerOptions) {
  const { gateway, api, delivery, chats, logger } = options;
  const typingDelayMs = options.typingDelayMs ?? 400;
  const done = new BoundedMap<number, true>(RECENT_UPDATES);
  const inFlight = new Map<number, Promise<UpdateOutcome>>();

  function startTyping(chatId: number): () => void {
    let timer: NodeJS.Timeout | undefined;
    const tick = () => {
      api
        .sendTyping(chatId)
        .catch((error: unknown) =>
          logger.debug({ err: telegramErrorForLog(error) }, "typing indicator not shown"),
        );
      timer = setTimeout(tick, 4_500);
    };
    timer = setTimeout(tick, typingDelayMs);
    return () => clearTimeout(timer);
  }

  /** What a pressed button sends: its value as text, or a vote on an answer. */
  async function buttonInbound(chatId: number, data: string): Promise<ChannelInbound | undefined> {
    const decoded = decodeCallbackData(data);
    if (decoded.kind === "feedback") return decoded;
    const value = await buttonValue(chatId, decoded);
    return value === undefined ? undefined : { kind: "text", text: value };
  }

  async function buttonValue(
    chatId: number,
    decoded: Exclude<ReturnType<typeof decodeCallbackData>, { kind: "feedback" }>,
  ): Promise<string | undefined> {
    if (decoded.kind === "value") return decoded.value;
    const { conversationId } = await gateway.open("telegram", String(chatId));
    const [message] = await gateway.history(conversationId, String(BigInt(decoded.messageId) - 1n), 1);
    if (!message || message.id !== decoded.messageId || !message.reply) return undefined;
    const buttons = [...message.reply.buttons, ...(message.reply.card?.buttons ?? [])];
    return buttons[decoded.index]?.value;
  }

  async function turn(
    chatId: number,
    updateId: number,
    inbound: ChannelInbound,
    langHint?: Lang,
  ): Promise<void> {
    const request: ReceiveRequest = {
      channel: "telegram",
      externalKey: String(chatId),
      externalId: String(updateId),
      inbound,
      address: { chatId },
      ...(langHint ? { langHint } : {}),
    };
    const stopTyping = startTyping(chatId);
    try {
      const result = await gateway.receive(request);
      await delivery.deliverTurn(chatId, result.notices ?? [], result.replies);
    } finally {
      stopTyping();
    }
  }

  async function processUpdate(raw: unknown): Promise<UpdateOutcome> {
    const parsed = TelegramUpdateSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        message: `aggiornamento Telegram non valido: ${issue ? `${issue.path.join(".") || "(corpo)"}: ${issue.message}` : "formato inatteso"}`,
      };
    }
    const update = parsed.data;
    const event = toTelegramEvent(update);
    switch (event.kind) {
      case "ignored":
        return { ok: true };
      case "not_text":
        await delivery.deliverTurn(
          event.chatId,
          [ReplySchema.parse({ text: options.channelWords(event.langHint ?? "it").not_text })],
          [],
        );
        return { ok: true };
      case "button": {
        const inbound = await buttonInbound(event.chatId, event.data);
        const words = options.channelWords(event.langHint ?? "it");
        const notice =
          inbound === undefined
            ? words.stale_button
            : inbound.kind === "feedback"
              ? words.feedback_thanks
              : undefined;
        api
          .answerCallbackQuery(event.callbackQueryId, notice)
          .catch((error: unknown) =>
            logger.debug({ err: telegramErrorForLog(error) }, "callback query not answered"),
          );
        if (inbound === undefined) return { ok: true };
        await chats.run(String(event.chatId), () =>
          turn(event.chatId, update.update_id, inbound, event.langHint),
        );
        return { ok: true };
      }
      case "turn":
        await chats.run(String(event.chatId), () =>
          turn(event.chatId, update.update_id, event.inbound, event.langHint),
        );
        return { ok: true };
    }
  }

  return {
    /** Resolves once the user's message is stored (replies queued): then Telegram may count it delivered. */
    async handle(raw: unknown): Promise<UpdateOutcome> {
      const updateId =
        typeof raw === "object" && raw !== null && "update_id" in raw && typeof raw.update_id === "number"
          ? raw.update_id
          : undefined;
      if (updateId === undefined) return processUpdate(raw);
      if (done.has(updateId)) return { ok: true };
      const running = inFlight.get(updateId);
      if (running) return running;
      const outcome = processUpdate(raw);
      inFlight.set(updateId, outcome);
      try {
        const result = await outcome;
        if (result.ok) {
          done.set(updateId, true);
        }
        return result;
      } finally {
        inFlight.delete(updateId);
      }
    },
  };
}
