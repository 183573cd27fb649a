import type { ConsoleEvent } from "./ConsoleEvent.ts";

/** Live updates for open consoles on every instance (PostgreSQL LISTEN/NOTIFY, or in-process on PGlite). */
export interface ConsoleEvents {
  publish(event: ConsoleEvent): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}
