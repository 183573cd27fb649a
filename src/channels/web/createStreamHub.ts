import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { z } from "zod";
import type { Logger } from "../../app/createLogger.ts";
import type { Lang } from "../../conversation/ids.ts";
import type { ConversationGateway } from "../../conversation/ports/ConversationGateway.ts";
import type { ConversationDirectory } from "./createConversationDirectory.ts";
import type { EchoLedger } from "./createEchoLedger.ts";
import type { TokenSigner } from "./createTokenSigner.ts";
import { readActivitySet } from "./readActivitySet.ts";
import type { OutboundActivity } from "./toOutboundActivity.ts";

export interface StreamHub {
  attach(server: Server): void;
  /** Sends what is new to this instance's sockets of a Direct Line conversation. */
  wake(directLineId: string): void;
  /** Sends activities that are not stored (resume notices) to this instance's sockets. */
  push(directLineId: string, activities: OutboundActivity[]): void;
  start(): void;
  stop(): Promise<void>;
  socketCount(): number;
}

export interface StreamHubOptions {
  gateway: ConversationGateway;
  directory: ConversationDirectory;
  signer: TokenSigner;
  logger: Logger;
  ledger?: EchoLedger;
  pingIntervalMs?: number;
  maxSocketsPerConversation?: number;
}

interface Stream {
  socket: WebSocket;
  directLineId: string;
  conversationId: string;
  lang: Lang;
  watermark: string | undefined;
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

function refuse(socket: Duplex, status: 400 | 403 | 429, reason: string): void {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The Direct Line `streamUrl`: one WebSocket per open Web Chat. On connect it sends everything
 * after the client's watermark, then every new message as `{ activities, watermark }`, woken by
 * the gateway's outbound events (which come from any instance) or by this instance's own posts.
 * Protocol pings keep proxies from closing idle sockets and find dead peers.
 */
export function createStreamHub(options: StreamHubOptions): StreamHub {
  const { gateway, directory, signer, logger } = options;
  const pingIntervalMs = options.pingIntervalMs ?? 25_000;
  const maxPerConversation = options.maxSocketsPerConversation ?? 5;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096, perMessageDeflate: false });
  const byConversation = new Map<string, Set<Stream>>();
  let unsubscribe: (() => void) | undefined;
  let pinger: NodeJS.Timeout | undefined;

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
          const set = await readActivitySet(gateway, stream, stream.watermark, options.ledger);
          stream.watermark = set.watermark;
          if (set.activities.length > 0) {
            stream.socket.send(JSON.stringify({ activities: set.activities, watermark: set.watermark }));
            if (stream.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
              stream.socket.terminate();
              return;
            }
          }
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

  /** Wakes arriving together (the post's own, the outbound events of its replies) read once. */
  function wake(directLineId: string): void {
    for (const stream of byConversation.get(directLineId) ?? []) {
      if (stream.scheduled) continue;
      stream.scheduled = true;
      setImmediate(() => {
        stream.scheduled = false;
        void pump(stream);
      });
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
    attach(server) {
      server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = (request.url ?? "").split("?")[0] ?? "";
        const match = STREAM_PATH.exec(path);
        if (!match?.[1]) return; // another module's WebSocket, or nobody's
        void accept(request, socket, head, match[1]);
      });
    },
    wake,
    push(directLineId, activities) {
      for (const stream of byConversation.get(directLineId) ?? []) {
        if (stream.socket.readyState !== stream.socket.OPEN) continue;
        stream.socket.send(
          JSON.stringify({ activities, ...(stream.watermark ? { watermark: stream.watermark } : {}) }),
        );
      }
    },
    start() {
      unsubscribe = gateway.onOutbound((event) => {
        if (event.channel === "web") wake(event.externalKey);
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
    async stop() {
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
