import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { z } from "zod";
import type { Lang } from "../../content/ids.ts";
import type { ChannelWords } from "../../content/ResponsesSchema.ts";
import type { ConversationGateway, StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Logger } from "../../kernel/createLogger.ts";
import type { ConversationDirectory } from "./createConversationDirectory.ts";
import type { TokenSigner } from "./createTokenSigner.ts";
import { readActivitySet } from "./readActivitySet.ts";
import { toActivities } from "./toActivities.ts";
import type { OutboundActivity } from "./toOutboundActivity.ts";

export type StreamHub = ReturnType<typeof createStreamHub>;

export interface StreamHubOptions {
  gateway: ConversationGateway;
  directory: ConversationDirectory;
  signer: TokenSigner;
  logger: Logger;
  /** Who wrote a staff reply and the screen-reader lines, in the conversation's language (content). */
  channelWords: (lang: Lang) => ChannelWords;
  pingIntervalMs?: number;
  maxSocketsPerConversation?: number;
}

interface Stream {
  socket: WebSocket;
  directLineId: string;
  conversationId: string;
  lang: Lang;
  /** The last message id sent to the client (the watermark of the last frame). */
  watermark: string | undefined;
  /** Where the last read of the store ended: every message up to it has been sent. */
  readMark: string | undefined;
  /** Ids sent from committed turns since readMark: the next read skips them. */
  sent: Set<string>;
  /** Announced message ids not sent yet. */
  pending: Set<string>;
  /** Something may be stored that was not announced with an id: read. */
  stale: boolean;
  pumping: boolean;
  again: boolean;
  scheduled: boolean;
  alive: boolean;
}

const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{22})\/stream$/;
const WatermarkSchema = z
  .string()
  .regex(/^\d{0,20}$/)
  .transform((value) => value || undefined);
/** A socket whose client does not read is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1_000_000;
/** Sent ids remembered between reads; past this a socket reads again, which clears them. */
const MAX_SENT_BETWEEN_READS = 100;

/** Message ids are decimal bigints: compare them as numbers. */
function after(id: string, watermark: string | undefined): boolean {
  return watermark === undefined || BigInt(id) > BigInt(watermark);
}

function refuse(socket: Duplex, status: 400 | 403 | 429, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The Direct Line `streamUrl`: one WebSocket per open Web Chat. On connect it sends everything
 * after the client's watermark, then every new message as `{ activities, watermark }`. A turn
 * this instance commits is sent as the commit returned it (`delivered`): reading it back cost a
 * query per socket and turn. Anything else (staff messages, other instances' turns, announced by
 * the gateway's outbound events with their ids) is read from the store after the last read, which
 * also catches what a socket may have missed; the ids sent since that read are skipped, so nothing
 * arrives twice. Protocol pings keep proxies from closing idle sockets and find dead peers.
 */
export function createStreamHub(options: StreamHubOptions) {
  const { gateway, directory, signer, logger } = options;
  const pingIntervalMs = options.pingIntervalMs ?? 25_000;
  const maxPerConversation = options.maxSocketsPerConversation ?? 5;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  const byConversation = new Map<string, Set<Stream>>();
  /** Posts being handled per conversation (see `receiving`). */
  const receiving = new Map<string, number>();
  let unsubscribe: (() => void) | undefined;
  let pinger: NodeJS.Timeout | undefined;

  /** Sends a frame; false once the socket is dropped for not reading. */
  function send(stream: Stream, activities: OutboundActivity[]): boolean {
    stream.socket.send(JSON.stringify({ activities, watermark: stream.watermark }));
    if (stream.socket.bufferedAmount <= MAX_BUFFERED_BYTES) return true;
    stream.socket.terminate();
    return false;
  }

  async function pump(stream: Stream): Promise<void> {
    if (stream.pumping) {
      stream.again = true;
      return;
    }
    stream.pumping = true;
    try {
      do {
        stream.again = false;
        for (;;) {
          if (stream.socket.readyState !== stream.socket.OPEN) return;
          const set = await readActivitySet(
            gateway,
            stream,
            stream.readMark,
            options.channelWords,
            100,
            stream.sent,
          );
          const unsent = set.activities;
          stream.readMark = set.watermark;
          for (const id of stream.sent) if (!after(id, stream.readMark)) stream.sent.delete(id);
          if (set.watermark !== undefined && after(set.watermark, stream.watermark)) {
            stream.watermark = set.watermark;
          }
          if (unsent.length > 0 && !send(stream, unsent)) return;
          if (!set.more) break;
        }
      } while (stream.again);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, "web stream read failed");
      stream.socket.close(1011, "read failed");
    } finally {
      stream.pumping = false;
    }
  }

  /** Requests arriving together (a post, the outbound events of its replies) are settled once. */
  function schedule(stream: Stream): void {
    if (stream.scheduled) return;
    stream.scheduled = true;
    setImmediate(() => {
      stream.scheduled = false;
      // A post of this conversation is still being handled: its delivery settles this.
      if (receiving.has(stream.directLineId)) return;
      for (const id of stream.pending) {
        if (stream.sent.has(id) || !after(id, stream.readMark)) stream.pending.delete(id);
      }
      if (!stream.stale && stream.pending.size === 0) return;
      stream.stale = false;
      stream.pending.clear();
      void pump(stream);
    });
  }

  function read(stream: Stream): void {
    stream.stale = true;
    schedule(stream);
  }

  function announced(directLineId: string, messageId: string): void {
    for (const stream of byConversation.get(directLineId) ?? []) {
      if (stream.sent.has(messageId) || !after(messageId, stream.readMark)) continue;
      stream.pending.add(messageId);
      schedule(stream);
    }
  }

  function deliver(directLineId: string, messages: StoredMessage[]): void {
    const ids = new Set(messages.map((message) => message.id));
    for (const stream of byConversation.get(directLineId) ?? []) {
      if (stream.socket.readyState !== stream.socket.OPEN) continue;
      const fresh = messages.filter((m) => after(m.id, stream.readMark) && !stream.sent.has(m.id));
      // Something else is due first, or this turn is not the next thing the socket should see:
      // a read sends everything in order.
      const behind =
        stream.pumping ||
        stream.stale ||
        stream.sent.size + fresh.length > MAX_SENT_BETWEEN_READS ||
        [...stream.pending].some((id) => !ids.has(id)) ||
        fresh.some((message) => !after(message.id, stream.watermark));
      if (behind) {
        read(stream);
        continue;
      }
      for (const message of fresh) {
        stream.sent.add(message.id);
        stream.pending.delete(message.id);
      }
      const last = fresh.at(-1);
      if (!last) continue;
      stream.watermark = last.id;
      const activities = toActivities(fresh, stream, options.channelWords);
      if (activities.length > 0) send(stream, activities);
    }
  }

  async function accept(request: IncomingMessage, socket: Duplex, head: Buffer, directLineId: string) {
    const url = new URL(request.url ?? "/", "http://localhost");
    const verified = signer.verify(url.searchParams.get("t") ?? "", "stream");
    if (!verified.ok || verified.claims.conv !== directLineId) return refuse(socket, 403, "Forbidden");
    const watermark = WatermarkSchema.safeParse(url.searchParams.get("watermark") ?? "");
    if (!watermark.success) return refuse(socket, 400, "Bad Request");
    const open = byConversation.get(directLineId);
    if (open && open.size >= maxPerConversation) return refuse(socket, 429, "Too Many Requests");
    let conversationId: string;
    try {
      conversationId = await directory.resolve(directLineId);
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, "web stream open failed");
      return socket.end("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n");
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const stream: Stream = {
        socket: ws,
        directLineId,
        conversationId,
        lang: verified.claims.lang,
        watermark: watermark.data,
        readMark: watermark.data,
        sent: new Set(),
        pending: new Set(),
        stale: false,
        pumping: false,
        again: false,
        scheduled: false,
        alive: true,
      };
      const set = byConversation.get(directLineId) ?? new Set<Stream>();
      set.add(stream);
      byConversation.set(directLineId, set);
      ws.on("pong", () => {
        stream.alive = true;
      });
      // Clients send empty keep-alive messages; nothing else is expected on this socket.
      ws.on("message", () => {
        stream.alive = true;
      });
      ws.on("error", () => ws.terminate());
      ws.on("close", () => {
        set.delete(stream);
        if (set.size === 0) byConversation.delete(directLineId);
      });
      void pump(stream);
    });
  }

  return {
    attach(server: Server): void {
      server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = (request.url ?? "").split("?")[0] ?? "";
        const match = STREAM_PATH.exec(path);
        if (!match?.[1]) return; // another module's WebSocket, or nobody's
        void accept(request, socket, head, match[1]);
      });
    },
    /** Sends what is new to this instance's sockets of a Direct Line conversation (read from the store). */
    wake(directLineId: string): void {
      for (const stream of byConversation.get(directLineId) ?? []) read(stream);
    },
    /**
     * A post of this conversation is being handled here: the outbound events of its replies wait
     * for `delivered`, however long the gateway takes after announcing them.
     */
    receiving(directLineId: string): void {
      receiving.set(directLineId, (receiving.get(directLineId) ?? 0) + 1);
    },
    /**
     * The post has been handled: its turn as committed (the inbound message and the replies, in id
     * order) goes to the conversation's sockets as it is, without reading it back; a socket that may
     * have missed something meanwhile reads instead, as all do when `messages` is undefined (a
     * repeat, a failure, a gateway that does not return what it stored).
     */
    delivered(directLineId: string, messages: StoredMessage[] | undefined): void {
      const left = (receiving.get(directLineId) ?? 1) - 1;
      if (left > 0) receiving.set(directLineId, left);
      else receiving.delete(directLineId);
      if (messages) deliver(directLineId, messages);
      else for (const stream of byConversation.get(directLineId) ?? []) read(stream);
    },
    /** Sends activities that are not stored (resume notices) to this instance's sockets. */
    push(directLineId: string, activities: OutboundActivity[]): void {
      for (const stream of byConversation.get(directLineId) ?? []) {
        if (stream.socket.readyState !== stream.socket.OPEN) continue;
        stream.socket.send(
          JSON.stringify({ activities, ...(stream.watermark ? { watermark: stream.watermark } : {}) }),
        );
      }
    },
    start(): void {
      unsubscribe = gateway.onOutbound((event) => {
        if (event.channel === "web") announced(event.externalKey, event.messageId);
      });
      pinger = setInterval(() => {
        for (const set of byConversation.values()) {
          for (const stream of set) {
            if (!stream.alive) {
              stream.socket.terminate();
              continue;
            }
            stream.alive = false;
            stream.socket.ping();
          }
        }
      }, pingIntervalMs);
      pinger.unref();
    },
    async stop(): Promise<void> {
      unsubscribe?.();
      if (pinger) clearInterval(pinger);
      // "Going away": Web Chat reconnects, to another instance if this one is leaving for good.
      for (const set of byConversation.values()) {
        for (const stream of set) stream.socket.close(1001, "server shutting down");
      }
      const closed = new Promise<void>((resolve) => wss.close(() => resolve()));
      const patience = setTimeout(() => {
        for (const client of wss.clients) client.terminate();
      }, 1_000);
      await closed;
      clearTimeout(patience);
    },
    socketCount: () => [...byConversation.values()].reduce((sum, set) => sum + set.size, 0),
  };
}
