import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { ReplySchema } from "../../conversation/turn.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import { createCoalescedDrain } from "../shared/createCoalescedDrain.ts";
import { ConversationReferenceSchema } from "./ConversationReferenceSchema.ts";
import type { TurnAdapter } from "./TurnAdapter.ts";
import { toReplyActivity } from "./toReplyActivity.ts";

export interface BotFrameworkDeliveryOptions {
  gateway: ConversationGateway;
  adapter: TurnAdapter;
  /** The bot's Microsoft app id ("" when anonymous, in development). */
  appId: string;
  logger: Logger;
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
  pollIntervalMs?: number;
  /** Messages younger than this are left to the turn that produced them. */
  graceMs?: number;
  /** Attempts at a proactive send before a message is given up. */
  maxAttempts?: number;
}

export interface BotFrameworkDelivery {
  /** Claims messages for sending: only the ids returned may be sent, by this caller. */
  claim(messageIds: string[]): Promise<Set<string>>;
  /** Gives claimed messages back after a failed send, for a later scan to retry. */
  release(messageIds: string[]): Promise<void>;
  start(): void;
  stop(): void;
}

type Undelivered = StoredMessage & { externalKey: string; address?: unknown };

const BATCH = 100;
const REMEMBERED = 20_000;

/**
 * Proactive messages on Bot Framework channels (Teams, Azure Direct Line): staff replies and
 * anything not produced by the user's own request go out with `continueConversationAsync` and
 * the ConversationReference stored with the conversation. Every message is claimed first, so
 * the reply path, the proactive path and other instances never send it twice.
 */
export function createBotFrameworkDelivery(options: BotFrameworkDeliveryOptions): BotFrameworkDelivery {
  const { gateway, adapter, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const graceMs = options.graceMs ?? 2_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const claimDelivery = options.claimDelivery ?? gateway.claimDelivery?.bind(gateway);
  const claimedHere = new Set<string>();
  const attempts = new Map<string, number>();
  let announceTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

  if (!claimDelivery) {
    logger.warn(
      "the conversation gateway has no claimDelivery: Bot Framework delivery is exactly-once within this process only",
    );
  }

  const remember = (ids: Iterable<string>) => {
    for (const id of ids) claimedHere.add(id);
    for (const id of claimedHere) {
      if (claimedHere.size <= REMEMBERED) break;
      claimedHere.delete(id);
    }
  };

  async function claim(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (claimDelivery) {
      const won = new Set(await claimDelivery(ids));
      remember(won);
      return won;
    }
    const fresh = ids.filter((id) => !claimedHere.has(id));
    remember(fresh);
    if (fresh.length > 0) await gateway.markDelivered(fresh);
    return new Set(fresh);
  }

  async function release(ids: string[]): Promise<void> {
    if (ids.length === 0 || !options.releaseDelivery) return;
    for (const id of ids) claimedHere.delete(id);
    await options.releaseDelivery(ids);
  }

  async function sendTo(messages: Undelivered[]): Promise<void> {
    const first = messages[0];
    if (!first) return;
    const reference = ConversationReferenceSchema.safeParse(first.address);
    if (!reference.success) {
      logger.warn(
        { conversationId: first.conversationId },
        "Bot Framework message undeliverable: no usable conversation reference",
      );
      return;
    }
    const userId = reference.data.user?.id;
    const lang = reference.data.locale?.toLowerCase().startsWith("en") ? "en" : "it";
    const activities = messages.map((message) =>
      toReplyActivity(
        {
          id: message.id,
          reply: message.reply ?? ReplySchema.parse({ text: message.text }),
          direction: message.direction,
        },
        { lang, ...(userId ? { userId } : {}) },
      ),
    );
    const ids = messages.map((message) => message.id);
    try {
      await adapter.continueConversationAsync(options.appId, reference.data, async (context) => {
        await context.sendActivities(activities);
      });
      for (const id of ids) attempts.delete(id);
    } catch (error) {
      const tries = Math.max(...ids.map((id) => (attempts.get(id) ?? 0) + 1));
      for (const id of ids) attempts.set(id, tries);
      if (tries < maxAttempts) {
        logger.warn(
          { err: error, conversationId: first.conversationId, tries },
          "proactive Bot Framework send failed, will retry",
        );
        await release(ids);
      } else {
        logger.error(
          { err: error, conversationId: first.conversationId },
          "proactive Bot Framework send given up",
        );
        for (const id of ids) attempts.delete(id);
      }
    }
  }

  async function drainOnce(announcedIds: Set<string>): Promise<number> {
    const rows = await gateway.undelivered("botframework", BATCH);
    const cutoff = Date.now() - graceMs;
    const candidates = rows.filter(
      (row) => !claimedHere.has(row.id) && (announcedIds.has(row.id) || row.createdAt.getTime() < cutoff),
    );
    const won = await claim(candidates.map((row) => row.id));
    const byConversation = new Map<string, Undelivered[]>();
    for (const row of candidates) {
      if (won.has(row.id))
        byConversation.set(row.conversationId, [...(byConversation.get(row.conversationId) ?? []), row]);
    }
    await Promise.all([...byConversation.values()].map(sendTo));
    return rows.length;
  }

  const { drain, announced } = createCoalescedDrain({
    batch: BATCH,
    scanOnce: drainOnce,
    onError: (error) =>
      logger.warn({ err: error }, "Bot Framework delivery scan failed; retrying at the next one"),
  });

  return {
    claim,
    release,
    start() {
      unsubscribe = gateway.onOutbound((event) => {
        if (event.channel !== "botframework") return;
        announced.add(event.messageId);
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
    stop() {
      unsubscribe?.();
      if (announceTimer) clearTimeout(announceTimer);
      if (pollTimer) clearInterval(pollTimer);
    },
  };
}
