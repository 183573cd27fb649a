import pg from "pg";

/** Where the tests find PostgreSQL unless told otherwise (the machine's server, as on CI). */
export const DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/postgres";

/**
 * The PostgreSQL server the tests use, as its superuser on the `postgres` database:
 * TEST_DATABASE_URL (or the older TEST_POSTGRES_URL) when set, else the machine's server. When
 * that does not answer, postgresGlobalSetup.ts starts one from npm and sets TEST_DATABASE_URL
 * for the whole run. Read on every call, so the global setup's choice reaches every helper.
 */
export function postgresAdminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.TEST_POSTGRES_URL ?? DEFAULT_POSTGRES_URL;
}

export function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(client: pg.Client, name: string): Promise<void> {
  await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
}
