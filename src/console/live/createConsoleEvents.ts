import type { Logger } from "../../kernel/createLogger.ts";
import type { Database } from "../../persistence/Database.ts";
import { type ConsoleEvent, ConsoleEventSchema } from "./ConsoleEvent.ts";
import type { ConsoleEvents } from "./ConsoleEvents.ts";

/** The NOTIFY channel shared by every instance's console. */
export const CONSOLE_EVENTS_CHANNEL = "console_events";

/**
 * Publishes through the database, so a console open on instance A sees a claim made on instance B;
 * payloads are parsed on the way in like any outside input.
 */
export function createConsoleEvents(db: Database, logger: Logger): ConsoleEvents {
  const listeners = new Set<(event: ConsoleEvent) => void>();
  let unlisten: (() => Promise<void>) | undefined;
  return {
    publish: async (event) => {
      await db.notify(CONSOLE_EVENTS_CHANNEL, JSON.stringify(event));
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    start: async () => {
      unlisten = await db.listen(CONSOLE_EVENTS_CHANNEL, (payload) => {
        let json: unknown;
        try {
          json = JSON.parse(payload);
        } catch {
          logger.warn("console event that is not JSON ignored");
          return;
        }
        const parsed = ConsoleEventSchema.safeParse(json);
        if (!parsed.success) return;
        for (const listener of listeners) listener(parsed.data);
      });
    },
    stop: async () => {
      await unlisten?.().catch(() => undefined);
      listeners.clear();
    },
  };
}
