import { z } from "zod";
import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { type Reply, ReplySchema } from "../../conversation/turn.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import { createCoalescedDrain } from "../shared/createCoalescedDrain.ts";
import type { KeyedSerializer } from "./createKeyedSerializer.ts";
import type { createSendScheduler } from "./createSendScheduler.ts";
import { type OutgoingItem, renderTelegramMessages } from "./renderTelegramMessages.ts";
import type { TelegramApi } from "./TelegramApi.ts";

export interface TelegramDeliveryOptions {
  gateway: ConversationGateway;
  api: TelegramApi;
  scheduler: ReturnType<typeof createSendScheduler>;
  chats: KeyedSerializer;
  logger: Logger;
  /** Claim-safe hand-over; the gateway's `claimDelivery` when absent. */
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  /** Makes claimed messages undelivered again when their send failed for a reason that may pass. */
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
  /** How often undelivered messages are looked for when no event announced them. */
  pollIntervalMs?: number;
  /** Messages younger than this are left to the turn that produced them. */
  graceMs?: number;
}

export interface TelegramDelivery {
  /**
   * Sends what a turn produced: first the notices (not stored), then the stored replies this
   * instance manages to claim. A re-delivered update finds its replies claimed and sends nothing.
   */
  deliverTurn(chatId: number, notices: Reply[], replies: StoredMessage[]): Promise<void>;
  start(): void;
  stop(): void;
  /** Resolves when every queued send has ended and failed ones were released. */
  settled(): Promise<void>;
}

const ChatIdSchema = z
  .string()
  .regex(/^-?\d{1,20}$/)
  .transform(Number);
const BATCH = 100;
const REMEMBERED = 20_000;

/**
 * Gets every outbound message of the Telegram channel to its chat exactly once: the replies of
 * a turn right away, and everything else (staff replies, handoff notices, replies produced on
 * another instance, leftovers after a crash) when the gateway announces it or a periodic scan
 * finds it. Each message is claimed before it is sent, so whichever path or instance claims it
 * first is the only one that sends it.
 */
export function createTelegramDelivery(options: TelegramDeliveryOptions): TelegramDelivery {
  const { gateway, api, scheduler, chats, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const graceMs = options.graceMs ?? 2_000;
  const claimedHere = new Set<string>();
  let announceTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

  const claimDelivery = options.claimDelivery ?? gateway.claimDelivery?.bind(gateway);
  if (!claimDelivery) {
    logger.warn(
      "the conversation gateway has no claimDelivery: Telegram delivery is exactly-once within this process only",
    );
  }

  const remember = (ids: string[]) => {
    for (const id of ids) claimedHere.add(id);
    for (const id of claimedHere) {
      if (claimedHere.size <= REMEMBERED) break;
      claimedHere.delete(id);
    }
  };

  async function claim(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (claimDelivery) {
      const won = await claimDelivery(ids);
      remember(won);
      return new Set(won);
    }
    const fresh = ids.filter((id) => !claimedHere.has(id));
    remember(fresh);
    if (fresh.length > 0) await gateway.markDelivered(fresh);
    return new Set(fresh);
  }

  const releases = new Set<Promise<void>>();

  function enqueue(chatId: number, items: OutgoingItem[]): void {
    for (const message of renderTelegramMessages(items)) {
      const done = scheduler
        .enqueue(String(chatId), () => api.sendMessage(chatId, message.html, message.keyboard))
        .then(async (outcome) => {
          if (outcome !== "retry_later" || message.messageIds.length === 0 || !options.releaseDelivery)
            return;
          for (const id of message.messageIds) claimedHere.delete(id);
          await options.releaseDelivery(message.messageIds);
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

  async function drainOnce(announcedIds: Set<string>): Promise<number> {
    const rows = await gateway.undelivered("telegram", BATCH);
    const cutoff = Date.now() - graceMs;
    const candidates = rows.filter(
      (row) => !claimedHere.has(row.id) && (announcedIds.has(row.id) || row.createdAt.getTime() < cutoff),
    );
    const won = await claim(candidates.map((row) => row.id));
    const byChat = new Map<number, StoredMessage[]>();
    for (const row of candidates) {
      if (!won.has(row.id)) continue;
      const chatId = ChatIdSchema.safeParse(row.externalKey);
      if (!chatId.success) {
        logger.warn({ messageId: row.id }, "undeliverable Telegram message: the conversation has no chat id");
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
    return rows.length;
  }

  const { drain, announced } = createCoalescedDrain({
    batch: BATCH,
    scanOnce: drainOnce,
    onError: (error) =>
      logger.warn({ err: error }, "Telegram delivery scan failed; retrying at the next one"),
  });

  return {
    async deliverTurn(chatId, notices, replies) {
      const won = await claim(replies.map((reply) => reply.id));
      const items: OutgoingItem[] = [
        ...notices.map((reply) => ({ reply })),
        ...replies.filter((reply) => won.has(reply.id)).map(itemOf),
      ];
      if (items.length > 0) enqueue(chatId, items);
    },
    start() {
      unsubscribe = gateway.onOutbound((event) => {
        if (event.channel !== "telegram") return;
        announced.add(event.messageId);
        // Give the turn that produced the message a moment to claim it itself.
        announceTimer ??= setTimeout(() => {
          announceTimer = undefined;
          const ids = new Set([...announced].filter((id) => !claimedHere.has(id)));
          announced.clear();
          if (ids.size > 0) void drain(ids);
        }, 150);
      });
      pollTimer = setInterval(() => void drain(), pollIntervalMs);
      pollTimer.unref();
      void drain();
    },
    async settled() {
      await Promise.all([...releases]);
    },
    stop() {
      unsubscribe?.();
      if (announceTimer) clearTimeout(announceTimer);
      if (pollTimer) clearInterval(pollTimer);
    },
  };
}
