import { type OutboundBus, OutboundNoticeSchema } from "../conversation/ports/OutboundBus.ts";
import type { Database } from "./Database.ts";

/** The NOTIFY channel carrying outbound notices between instances. */
export const OUTBOUND_CHANNEL = "conciliabot_outbound";

/** Outbound notices over the database's LISTEN/NOTIFY; malformed payloads are ignored. */
export function createOutboundBus(db: Database, channel = OUTBOUND_CHANNEL): OutboundBus {
  return {
    publish: async (notices) => {
      if (notices.length === 0) return;
      // Named: prepared once per connection, as every turn announces its replies.
      await db.sql.query(
        "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload",
        [channel, notices.map((notice) => JSON.stringify(notice))],
        "conciliabot_publish_outbound",
      );
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
