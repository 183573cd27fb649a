import type { Logger } from "../../kernel/createLogger.ts";
import type { Database } from "../../persistence/Database.ts";
import { type ConsoleEvent, ConsoleEventSchema } from "./ConsoleEvent.ts";

/** The NOTIFY channel shared by every instance's console. */
export const CONSOLE_EVENTS_CHANNEL = "console_events";

export type ConsoleEvents = ReturnType<typeof createConsoleEvents>;

/**
 * Live updates for open consoles on every instance, published through the database so that a
 * console open on instance A sees a claim made on instance B; payloads are parsed like any input.
 */
export function createConsoleEvents(db: Database, logger: Logger) {
  const listeners = new Set<(event: ConsoleEvent) => void>();
  let unlisten: (() => Promise<void>) | undefined;
  return {
    publish: async (event: ConsoleEvent) => {
      await db.notify(CONSOLE_EVENTS_CHANNEL, JSON.stringify(event));
    },
    /** Returns the unsubscribe function. */
    subscribe: (listener: (event: ConsoleEvent) => void) => {
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
