import { z } from "zod";
import {
  type OutboundBus,
  type OutboundNotice,
  OutboundNoticeSchema,
} from "../conversation/ports/OutboundBus.ts";
import { withTimeout } from "../kernel/withTimeout.ts";
import type { Database } from "./Database.ts";

/** The NOTIFY channel carrying outbound notices between instances. */
export const OUTBOUND_CHANNEL = "conciliabot_outbound";

/** Notices sent in one NOTIFY query at most. */
const MAX_NOTICES_PER_QUERY = 256;

/**
 * Bytes of notices in one notification: PostgreSQL refuses a payload of 8000 bytes or more, and
 * a notice is about 150 bytes, so a busy batch becomes a few notifications, not one per reply.
 */
const MAX_PAYLOAD_BYTES = 7_000;

/**
 * How long a batch waits for its query before the turns behind it stop waiting: a query that
 * hangs (a connection dropped without a reset) must not hold every later announcement.
 */
const NOTIFY_WAIT_MS = 5_000;

/**
 * The least time between two NOTIFY queries of a busy instance. A turn that finishes within it
 * waits for the next batch instead of paying a query of its own (a socket write and a read here,
 * a transaction in PostgreSQL, a notification for every other instance to read), and another
 * instance learns of a reply a few milliseconds later, which nobody sees. Under the benchmark's
 * full load, notifications per bot message went from 1.6 (one per reply) to 0.11–0.14. An
 * instance that has not announced for this long sends at once.
 */
const LINGER_MS = 10;

/** What a notification carries: the notices of a batch (older instances sent one notice alone). */
const PayloadSchema = z.union([z.array(OutboundNoticeSchema), OutboundNoticeSchema]);

interface Waiting {
  notices: OutboundNotice[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** The batch's notices as JSON arrays, each under the payload limit, in order. */
function toPayloads(notices: OutboundNotice[]): string[] {
  const payloads: string[] = [];
  let current: string[] = [];
  let bytes = 2;
  for (const notice of notices) {
    const json = JSON.stringify(notice);
    const size = Buffer.byteLength(json) + 1;
    if (current.length > 0 && bytes + size > MAX_PAYLOAD_BYTES) {
      payloads.push(`[${current.join(",")}]`);
      current = [];
      bytes = 2;
    }
    current.push(json);
    bytes += size;
  }
  if (current.length > 0) payloads.push(`[${current.join(",")}]`);
  return payloads;
}

export interface OutboundBusOptions {
  channel?: string;
  /** See NOTIFY_WAIT_MS. */
  waitMs?: number;
  /** See LINGER_MS; 0 sends every batch as soon as the previous one is answered. */
  lingerMs?: number;
}

/**
 * Outbound notices over the database's LISTEN/NOTIFY; malformed payloads are ignored.
 *
 * Publishes are grouped: while one NOTIFY query is in flight, and for `lingerMs` after the last
 * one was sent, the turns that finish wait and go together in the next one, their notices packed
 * into as few notifications as the payload limit allows. A transaction that NOTIFYs takes a
 * cluster-wide lock until its commit is flushed, so concurrent turns announcing one by one queued
 * behind each other (a query, a lock and a flush per turn); grouped, a busy instance pays one per
 * batch, and an idle one still sends at once. Each caller's promise settles with the query that
 * carried its notices.
 */
export function createOutboundBus(db: Database, options: OutboundBusOptions = {}): OutboundBus {
  const channel = options.channel ?? OUTBOUND_CHANNEL;
  const waitMs = options.waitMs ?? NOTIFY_WAIT_MS;
  const lingerMs = options.lingerMs ?? LINGER_MS;
  const waiting: Waiting[] = [];
  let sending = false;
  let lastSentAt = Number.NEGATIVE_INFINITY;

  const waitingNotices = () => waiting.reduce((sum, item) => sum + item.notices.length, 0);

  async function sendWaiting(): Promise<void> {
    sending = true;
    while (waiting.length > 0) {
      const pause = lastSentAt + lingerMs - performance.now();
      if (pause > 0 && waitingNotices() < MAX_NOTICES_PER_QUERY) {
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
      lastSentAt = performance.now();
      const batch: Waiting[] = [];
      let count = 0;
      while (
        waiting.length > 0 &&
        (batch.length === 0 || count + (waiting[0]?.notices.length ?? 0) <= MAX_NOTICES_PER_QUERY)
      ) {
        const next = waiting.shift();
        if (next === undefined) break;
        batch.push(next);
        count += next.notices.length;
      }
      try {
        // Named: prepared once per connection, as every batch of turns announces its replies.
        // The payloads as one JSON array, not a text[]: the driver escapes every element of an array
        // parameter in JavaScript (2 % of what the service allocated at the benchmark's maximum).
        const query = db.sql.query(
          "SELECT pg_notify($1, payload) FROM json_array_elements_text($2::json) WITH ORDINALITY AS p(payload, ord) ORDER BY ord",
          [channel, JSON.stringify(toPayloads(batch.flatMap((item) => item.notices)))],
          "conciliabot_publish_outbound_batches_json",
        );
        await withTimeout(query, waitMs, `NOTIFY did not answer within ${waitMs} ms`);
        for (const item of batch) item.resolve();
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    sending = false;
  }

  return {
    publish: (notices) => {
      if (notices.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        waiting.push({ notices, resolve, reject });
        if (!sending) void sendWaiting();
      });
    },
    subscribe: async (listener) => {
      const unlisten = await db.listen(channel, (payload) => {
        let json: unknown;
        try {
          json = JSON.parse(payload);
        } catch {
          return;
        }
        const parsed = PayloadSchema.safeParse(json);
        if (!parsed.success) return;
        for (const notice of Array.isArray(parsed.data) ? parsed.data : [parsed.data]) listener(notice);
      });
      return unlisten;
    },
  };
}
