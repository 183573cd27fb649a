/** The few raw-SQL operations that Prisma's client does not cover: migrations, health, LISTEN/NOTIFY. */
export interface SqlRunner {
  /**
   * `name` makes it a prepared statement on PostgreSQL (parsed and planned once per connection):
   * give one to the queries every turn runs. The embedded database ignores it.
   */
  query(text: string, params?: unknown[], name?: string): Promise<Record<string, unknown>[]>;
  /** Runs a multi-statement script (a migration file). */
  exec(script: string): Promise<void>;
  /** Runs `work` while holding a cluster-wide lock, so two instances never migrate at once. */
  withExclusiveLock<T>(work: (sql: SqlRunner) => Promise<T>): Promise<T>;
}
