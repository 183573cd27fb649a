/**
 * What channels need from the conversation service. Channels (web/Direct Line, Telegram, Bot
 * Framework, CLI) depend on this port only; the implementation persists every message, runs the
 * core's `handleTurn` strictly in order per conversation, and announces new outbound messages
 * (bot or staff) to every instance.
 */

import type { Channel, Lang } from "../../content/ids.ts";
import type { ChannelInbound } from "../feedback/ChannelInboundSchema.ts";
import type { Reply } from "../turn.ts";

export interface ReceiveRequest {
  channel: Channel;
  /** The channel's stable key for this user's conversation (Telegram chat id, Direct Line conversation id…). */
  externalKey: string;
  /** The channel's id of this inbound message (Telegram update_id, Activity id): a repeat is a no-op. */
  externalId?: string;
  inbound: ChannelInbound;
  /** Channel address kept for proactive messages (e.g. a Bot Framework ConversationReference). */
  address?: unknown;
  langHint?: Lang;
  /** Who sends it as the channel sees it (the client IP on the web): limits guessing resume codes. */
  origin?: string;
}

export interface StoredMessage {
  /** Monotonic per database (a bigint as a decimal string): usable as a watermark. */
  id: string;
  conversationId: string;
  direction: "in" | "bot" | "staff" | "system";
  text: string;
  /** For bot and staff messages: buttons, card and channelData. */
  reply?: Reply;
  /**
   * For inbound messages: the channel's own id, whenever the message came with one. Web Chat
   * matches the echo of its message by it (clientActivityID), so a gateway must keep it.
   */
  externalId?: string;
  createdAt: Date;
}

export interface ReceiveResult {
  conversationId: string;
  /** True when this externalId was already processed: `replies` are then those of the first time. */
  duplicate: boolean;
  /** The bot's replies to this message, already stored (empty while a staff member handles it). */
  replies: StoredMessage[];
  /**
   * The inbound message as this call stored it (not on a duplicate): with the replies, what a
   * channel's open streams need without reading the conversation back.
   */
  inbound?: StoredMessage;
  /**
   * What the core says once and does not store (a resume code, a failed resume): the channel
   * shows these before `replies`.
   */
  notices?: Reply[];
}

export interface OutboundEvent {
  conversationId: string;
  channel: Channel;
  externalKey: string;
  messageId: string;
}

export interface ConversationGateway {
  receive(request: ReceiveRequest): Promise<ReceiveResult>;
  /** Finds or creates the conversation of a channel user without sending anything. */
  open(channel: Channel, externalKey: string, address?: unknown): Promise<{ conversationId: string }>;
  /** Messages after the given id, oldest first (Direct Line watermarks, WebSocket catch-up). */
  history(conversationId: string, afterId?: string, limit?: number): Promise<StoredMessage[]>;
  /** New outbound messages, from this instance or another one; returns the unsubscribe function. */
  onOutbound(listener: (event: OutboundEvent) => void): () => void;
  /** For push channels: outbound messages of the channel not yet handed to it. */
  undelivered(
    channel: Channel,
    limit?: number,
  ): Promise<Array<StoredMessage & { externalKey: string; address?: unknown }>>;
  markDelivered(messageIds: string[]): Promise<void>;
  /**
   * Claim-safe hand-over for push channels: marks as delivered, in one atomic step, those of
   * `messageIds` nobody has marked yet, and returns them. Only the caller that gets an id back
   * sends that message, so two instances (or the reply path and the proactive path of one
   * instance) never send it twice. `src/persistence/claimMessageDelivery.ts` implements it.
   * Optional while implementations catch up: without it channels fall back to `markDelivered`,
   * which is safe within one process only.
   */
  claimDelivery?(messageIds: string[]): Promise<string[]>;
}
