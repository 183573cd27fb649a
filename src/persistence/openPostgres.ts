import { setTimeout as sleep } from "node:timers/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Database } from "./Database.ts";
import { PrismaClient } from "./generated/client.ts";
import type { SqlRunner } from "./SqlRunner.ts";

export interface PostgresOptions {
  url: string;
  /** Called for errors of idle connections (server restarted, network cut): logged, never fatal. */
  onBackgroundError: (error: Error) => void;
  poolSize?: number;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

// Any constant works; it only has to be the same for every instance of the service.
const MIGRATION_LOCK_KEY = 7_132_2017;

function runnerOn(queryable: pg.Pool | pg.PoolClient): SqlRunner {
  const runner: SqlRunner = {
    query: async (text, params, name) => {
      const config = name === undefined ? { text, values: params } : { name, text, values: params };
      if (!(queryable instanceof pg.Pool))
        return (await queryable.query<Record<string, unknown>>(config)).rows;
      // Not pool.query(): it hands any error back to the pool, which then closes the connection.
      // An error the server answered (a unique violation: a client repeating a message) leaves the
      // connection healthy; throwing it away would let anyone force reconnections.
      const client = await queryable.connect();
      // A checked-out client has no listener of the pool's: a connection lost mid-query (the
      // server restarting) also emits 'error', which must not become an uncaught exception.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on("error", onError);
      try {
        const result = await client.query<Record<string, unknown>>(config);
        client.release(lost);
        return result.rows;
      } catch (error) {
        client.release(lost ?? (error instanceof pg.DatabaseError ? undefined : toError(error)));
        throw error;
      } finally {
        client.off("error", onError);
      }
    },
    exec: async (script) => {
      await queryable.query(script);
    },
    withExclusiveLock: async (work) => {
      const client = queryable instanceof pg.Pool ? await queryable.connect() : queryable;
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          return await work(runnerOn(client));
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      } finally {
        if (client !== queryable && "release" in client) client.release();
      }
    },
  };
  return runner;
}

/**
 * PostgreSQL through a pg pool shared by Prisma (adapter-pg) and raw SQL. Several instances may
 * share one server: migrations take an advisory lock and LISTEN/NOTIFY carries events between them.
 * The pool reconnects by itself after the server comes back.
 */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", options.onBackgroundError);
  const probe = await pool.connect();
  probe.release();

  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let listenClient: pg.Client | undefined;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let closed = false;

  const connectListener = async (): Promise<void> => {
    if (closed || listeners.size === 0) return;
    const client = new pg.Client({ connectionString: options.url });
    client.on("notification", (message) => {
      for (const handler of listeners.get(message.channel) ?? []) handler(message.payload ?? "");
    });
    client.on("error", (error) => {
      options.onBackgroundError(error);
      scheduleReconnect();
    });
    client.on("end", () => scheduleReconnect());
    try {
      await client.connect();
      for (const channel of listeners.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listenClient = client;
    } catch (error) {
      options.onBackgroundError(error instanceof Error ? error : new Error(String(error)));
      client.end().catch(() => undefined);
      scheduleReconnect();
    }
  };
  const scheduleReconnect = () => {
    if (closed || reconnectTimer) return;
    listenClient = undefined;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void connectListener();
    }, 1_000);
    reconnectTimer.unref();
  };

  const sql = runnerOn(pool);
  return {
    kind: "postgres",
    prisma,
    sql,
    removeDeadRows: async (tables) => {
      if (tables.length === 0) return;
      await sql.query(`VACUUM (ANALYZE) ${tables.map((t) => pg.escapeIdentifier(t)).join(", ")}`);
    },
    listen: async (channel, onPayload) => {
      const set = listeners.get(channel) ?? new Set();
      const isNew = set.size === 0;
      set.add(onPayload);
      listeners.set(channel, set);
      if (!listenClient) await connectListener();
      else if (isNew) await listenClient.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      return async () => {
        set.delete(onPayload);
        if (set.size === 0) {
          listeners.delete(channel);
          await listenClient?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
        }
      };
    },
    notify: async (channel, payload) => {
      await pool.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
    close: async () => {
      closed = true;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      // A connection cut mid-query may never answer: shutdown must not wait for it forever.
      const bounded = (work: Promise<unknown>) =>
        Promise.race([work.catch(() => undefined), sleep(3_000, undefined, { ref: false })]);
      await bounded(listenClient?.end() ?? Promise.resolve());
      await bounded(prisma.$disconnect());
      await bounded(pool.end());
    },
  };
}
