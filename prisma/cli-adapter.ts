/**
 * Driver adapter for the Prisma CLI (schema engine "js"): PostgreSQL when DATABASE_URL is set,
 * otherwise the embedded PGlite database in DATA_DIR (stop the service first: two PGlite
 * instances on one folder corrupt it).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

interface FieldLike {
  dataTypeID: number;
}

function hasFields(value: unknown): value is { fields: FieldLike[] } {
  return typeof value === "object" && value !== null && "fields" in value && Array.isArray(value.fields);
}

function textifyCatalogTypes(result: unknown): unknown {
  if (hasFields(result)) {
    for (const field of result.fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * Workaround for prisma/orm#27403: @prisma/adapter-pg rejects the catalogue types `name` and
 * `"char"` that the schema engine reads while describing a database, so every migrate command
 * fails. Both are plain strings; this client reports them as `text`. Remove once upstream maps
 * them itself.
 */
class CatalogTypesAsTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const original = super.query;
    Object.defineProperty(this, "query", {
      value: (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(original, this, args);
        return result instanceof Promise ? result.then(textifyCatalogTypes) : result;
      },
    });
  }
}

export async function cliAdapterFactory() {
  const url = process.env.DATABASE_URL;
  if (url) {
    const parsed = new URL(url);
    // Separate fields, not a connection string: the adapter derives the shadow database by
    // overriding `database`, which a connection string would silently win over.
    return new PrismaPg({
      Client: CatalogTypesAsTextClient,
      host: parsed.hostname,
      port: Number(parsed.port || 5432),
      user: decodeURIComponent(parsed.username),
      password: decodeURIComponent(parsed.password),
      database: parsed.pathname.slice(1),
    });
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? "data", "pglite");
  mkdirSync(dataDir, { recursive: true });
  return new PrismaPGlite(new PGlite(dataDir));
}
