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
  /**
   * An UPDATE or DELETE only hides a row: the old version stays in the table's pages (and, on the
   * embedded database, in the write-ahead log under DATA_DIR) until something removes it. Called
   * after an erasure or a retention purge so that erased data is gone from disk, not just from
   * queries. PostgreSQL: VACUUM (ANALYZE), which does not block other sessions; the statistics are
   * recomputed, since ANALYZE may have sampled the erased values. PGlite: see compactPgliteTables.
   */
  removeDeadRows(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}
