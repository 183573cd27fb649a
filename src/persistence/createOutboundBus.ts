import {
  type OutboundBus,
  type OutboundNotice,
  OutboundNoticeSchema,
} from "../conversation/ports/OutboundBus.ts";
import { withTimeout } from "../kernel/withTimeout.ts";
import type { Database } from "./Database.ts";

/** The NOTIFY channel carrying outbound notices between instances. */
export const OUTBOUND_CHANNEL = "conciliabot_outbound";

/** Notices sent in one NOTIFY query at most (a PostgreSQL notification queue page holds far more). */
const MAX_NOTICES_PER_QUERY = 256;

/**
 * How long a batch waits for its query before the turns behind it stop waiting: a query that
 * hangs (a connection dropped without a reset) must not hold every later announcement.
 */
const NOTIFY_WAIT_MS = 5_000;

interface Waiting {
  notices: OutboundNotice[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Outbound notices over the database's LISTEN/NOTIFY; malformed payloads are ignored.
 *
 * Publishes are grouped: while one NOTIFY query is in flight, the turns that finish meanwhile wait
 * and go together in the next one. A transaction that NOTIFYs takes a cluster-wide lock until its
 * commit is flushed, so concurrent turns announcing one by one queued behind each other (a query,
 * a lock and a flush per turn); grouped, a busy instance pays one per batch, and an idle one still
 * sends at once. Each caller's promise settles with the query that carried its notices.
 */
export function createOutboundBus(
  db: Database,
  channel = OUTBOUND_CHANNEL,
  waitMs = NOTIFY_WAIT_MS,
): OutboundBus {
  const waiting: Waiting[] = [];
  let sending = false;

  async function sendWaiting(): Promise<void> {
    sending = true;
    while (waiting.length > 0) {
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
        const query = db.sql.query(
          "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload",
          [channel, batch.flatMap((item) => item.notices.map((notice) => JSON.stringify(notice)))],
          "conciliabot_publish_outbound",
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
        const parsed = OutboundNoticeSchema.safeParse(json);
        if (parsed.success) listener(parsed.data);
      });
      return unlisten;
    },
  };
}
