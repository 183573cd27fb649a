import type { Channel, Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import type { Config } from "../../kernel/config.ts";
import type { Logger } from "../../kernel/createLogger.ts";

export type UndeliveredMessage = StoredMessage & { externalKey: string; address?: unknown };

export interface PushDeliveryOptions {
  channel: Channel;
  /** The channel's name in log lines ("Telegram"). */
  label: string;
  gateway: ConversationGateway;
  logger: Logger;
  /** Sends messages this instance claimed, oldest first; the channel groups them by chat. */
  send(messages: UndeliveredMessage[]): Promise<void>;
  /** Claim-safe hand-over; the gateway's `claimDelivery` when absent. */
  claimDelivery?: (messageIds: string[]) => Promise<string[]>;
  /** Makes claimed messages undelivered again when their send failed for a reason that may pass. */
  releaseDelivery?: (messageIds: string[]) => Promise<void>;
  /** Ends the lease of claimed messages whose send ended; without it a claim is final. */
  confirmDelivery?: (messageIds: string[]) => Promise<void>;
  /** How often undelivered messages are looked for when no event announced them. */
  pollIntervalMs?: number;
  /** Messages younger than this are left to the turn that produced them. */
  graceMs?: number;
}

/** The claim-safe hand-over the composition root gives a push channel (persistence's claim, release, confirm). */
export type DeliveryHandOver = Pick<
  PushDeliveryOptions,
  "claimDelivery" | "releaseDelivery" | "confirmDelivery"
>;

/** What the composition root gives a push channel. */
export interface PushChannelContext extends DeliveryHandOver {
  config: Config;
  logger: Logger;
  gateway: ConversationGateway;
  /** What the channel says itself, in a language (`channel` in intents/responses, the current content). */
  channelWords: (lang: Lang) => ChannelWords;
}

export type PushDelivery = ReturnType<typeof createPushDelivery>;

const BATCH = 100;
const REMEMBERED = 20_000;
/** How long an announced message is left to the turn that produced it before a scan claims it. */
const ANNOUNCE_DELAY_MS = 150;

/**
 * Gets every outbound message of a push channel (Telegram, Bot Framework) to its user exactly
 * once: the replies of a turn right away (the channel claims them), and everything else (staff
 * replies, handoff notices, replies produced on another instance, leftovers after a crash) when
 * the gateway announces it or a periodic scan finds it. Each message is claimed before it is
 * sent, so whichever path or instance claims it first is the only one that sends it. Scans run
 * one at a time: one asked for meanwhile is folded into a second pass, and a full batch asks for
 * another.
 */
export function createPushDelivery(options: PushDeliveryOptions) {
  const { channel, label, gateway, logger } = options;
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const graceMs = options.graceMs ?? 2_000;
  const claimedHere = new BoundedMap<string, true>(REMEMBERED);
  const announced = new Set<string>();
  let draining: Promise<void> | undefined;
  let drainAgain = false;
  let announceTimer: NodeJS.Timeout | undefined;
  let pollTimer: NodeJS.Timeout | undefined;
  let unsubscribe: (() => void) | undefined;

  const claimDelivery = options.claimDelivery ?? gateway.claimDelivery?.bind(gateway);
  if (!claimDelivery) {
    logger.warn(
      `the conversation gateway has no claimDelivery: ${label} delivery is exactly-once within this process only`,
    );
  }

  /** Only the ids returned may be sent, by this caller. */
  async function claim(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const won = claimDelivery ? await claimDelivery(ids) : ids.filter((id) => !claimedHere.has(id));
    for (const id of won) claimedHere.set(id, true);
    if (!claimDelivery && won.length > 0) await gateway.markDelivered(won);
    return new Set(won);
  }

  /** Gives claimed messages back after a failed send, for a later scan (on any instance) to retry. */
  async function release(ids: string[]): Promise<void> {
    if (ids.length === 0 || !options.releaseDelivery) return;
    for (const id of ids) claimedHere.delete(id);
    await options.releaseDelivery(ids);
  }

  /** Ends the lease of claimed messages once sent or refused (if this instance dies first, another sends). */
  async function confirm(ids: string[]): Promise<void> {
    if (ids.length === 0 || !options.confirmDelivery) return;
    await options
      .confirmDelivery(ids)
      .catch((error: unknown) =>
        logger.warn({ err: error }, `${label} delivery not confirmed: sent again when its lease runs out`),
      );
  }

  async function scanOnce(announcedIds: Set<string>): Promise<number> {
    const rows = await gateway.undelivered(channel, BATCH);
    const cutoff = Date.now() - graceMs;
    const candidates = rows.filter(
      (row) => !claimedHere.has(row.id) && (announcedIds.has(row.id) || row.createdAt.getTime() < cutoff),
    );
    const won = await claim(candidates.map((row) => row.id));
    const mine = candidates.filter((row) => won.has(row.id));
    if (mine.length > 0) await options.send(mine);
    return rows.length;
  }

  function drain(announcedIds: Set<string> = new Set()): Promise<void> {
    if (draining) {
      drainAgain = true;
      for (const id of announcedIds) announced.add(id);
      return draining;
    }
    draining = (async () => {
      try {
        let ids = announcedIds;
        do {
          drainAgain = false;
          const seen = await scanOnce(ids);
          ids = new Set(announced);
          announced.clear();
          if (seen === BATCH) drainAgain = true;
        } while (drainAgain);
      } catch (error) {
        logger.warn({ err: error }, `${label} delivery scan failed; retrying at the next one`);
      } finally {
        draining = undefined;
      }
    })();
    return draining;
  }

  return {
    claim,
    release,
    confirm,
    start() {
      unsubscribe = gateway.onOutbound((event) => {
        if (event.channel !== channel) return;
        announced.add(event.messageId);
        announceTimer ??= setTimeout(() => {
          announceTimer = undefined;
          const ids = new Set([...announced].filter((id) => !claimedHere.has(id)));
          announced.clear();
          if (ids.size > 0) void drain(ids);
        }, ANNOUNCE_DELAY_MS);
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
