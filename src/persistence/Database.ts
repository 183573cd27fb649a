import type { PrismaClient } from "./generated/client.ts";
import type { SqlRunner } from "./SqlRunner.ts";

export type DatabaseKind = "pglite" | "postgres";

/** An open database: Prisma for queries, raw SQL for the rest, and pub/sub between instances. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  sql: SqlRunner;
  /** Subscribes to a NOTIFY channel; returns the unsubscribe function. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}
