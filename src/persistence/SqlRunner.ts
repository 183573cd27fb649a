/** The few raw-SQL operations that Prisma's client does not cover: migrations, health, LISTEN/NOTIFY. */
export interface SqlRunner {
  query(text: string, params?: unknown[]): Promise<Record<string, unknown>[]>;
  /** Runs a multi-statement script (a migration file). */
  exec(script: string): Promise<void>;
  /** Runs `work` while holding a cluster-wide lock, so two instances never migrate at once. */
  withExclusiveLock<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
}
