import { z } from "zod";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { KeyedQueue } from "../../conversation/service/KeyedQueue.ts";
import { type Reply, ReplySchema } from "../../conversation/turn.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import { createPushDelivery, type PushDeliveryOptions } from "../shared/createPushDelivery.ts";
import type { createSendScheduler } from "./createSendScheduler.ts";
import { type OutgoingItem, renderTelegramMessages } from "./renderTelegramMessages.ts";
import type { TelegramApi } from "./TelegramApi.ts";

export interface TelegramDeliveryOptions
  extends Pick<
    PushDeliveryOptions,
    "claimDelivery" | "releaseDelivery" | "confirmDelivery" | "pollIntervalMs" | "graceMs"
  > {
  gateway: ConversationGateway;
  api: TelegramApi;
  scheduler: ReturnType<typeof createSendScheduler>;
  chats: KeyedQueue;
  logger: Logger;
  /** Who wrote a staff reply: Telegram chats are shown in Italian. */
  channelWords: ChannelWords;
}

const ChatIdSchema = z
  .string()
  .regex(/^-?\d{1,20}$/)
  .transform(Number);

/**
 * The Telegram side of the push delivery: messages go through the send scheduler (Telegram's
 * rate limits) in chat order, and a send that may succeed later gives its claim back.
 */
export function createTelegramDelivery(options: TelegramDeliveryOptions) {
  const { api, scheduler, chats, logger } = options;
  const releases = new Set<Promise<void>>();

  function enqueue(chatId: number, items: OutgoingItem[]): void {
    for (const message of renderTelegramMessages(items, options.channelWords)) {
      const done = scheduler
        .enqueue(String(chatId), () => api.sendMessage(chatId, message.html, message.keyboard))
        .then(async (outcome) => {
          if (outcome === "retry_later") await push.release(message.messageIds);
          else await push.confirm(message.messageIds);
        })
        .catch((error: unknown) => logger.error({ err: error }, "Telegram delivery not released"));
      releases.add(done);
      void done.finally(() => releases.delete(done));
    }
  }

  const itemOf = (message: StoredMessage): OutgoingItem => ({
    id: message.id,
    direction: message.direction,
    reply: message.reply ?? ReplySchema.parse({ text: message.text }),
  });

  const push = createPushDelivery({
    ...options,
    channel: "telegram",
    label: "Telegram",
    async send(messages) {
      const byChat = new Map<number, StoredMessage[]>();
      for (const row of messages) {
        const chatId = ChatIdSchema.safeParse(row.externalKey);
        if (!chatId.success) {
          logger.warn(
            { messageId: row.id },
            "undeliverable Telegram message: the conversation has no chat id",
          );
          await push.confirm([row.id]);
          continue;
        }
        byChat.set(chatId.data, [...(byChat.get(chatId.data) ?? []), row]);
      }
      await Promise.all(
        [...byChat].map(([chatId, messages]) =>
          chats.run(String(chatId), async () => {
            const ordered = [...messages].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
            enqueue(chatId, ordered.map(itemOf));
          }),
        ),
      );
    },
  });

  return {
    /** Notices first (not stored), then the replies this instance claims (a re-delivered update: none). */
    async deliverTurn(chatId: number, notices: Reply[], replies: StoredMessage[]): Promise<void> {
      const won = await push.claim(replies.map((reply) => reply.id));
      const items: OutgoingItem[] = [
        ...notices.map((reply) => ({ reply })),
        ...replies.filter((reply) => won.has(reply.id)).map(itemOf),
      ];
      if (items.length > 0) enqueue(chatId, items);
    },
    start: () => push.start(),
    stop: () => push.stop(),
    /** Resolves when every queued send has ended and failed ones were released. */
    async settled() {
      await Promise.all([...releases]);
    },
  };
}
