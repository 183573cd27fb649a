/**
 * `npm run db:diff -- <name>`: writes the next migration from the schema as last committed to git
 * (HEAD) to the schema in the working tree. Needs no database and no shadow database, so it works
 * offline and on PGlite. Review the SQL before committing it.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write("uso: npm run db:diff -- <nome_in_snake_case>\n");
  process.exit(2);
}
const previous = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const tmp = mkdtempSync(path.join(tmpdir(), "dbdiff-"));
const previousPath = path.join(tmp, "schema.prisma");
writeFileSync(previousPath, previous);
const engine = path.resolve("prisma/.no-native-engine");
const sql = execFileSync(
  "npx",
  [
    "prisma",
    "migrate",
    "diff",
    "--from-schema-datamodel",
    previousPath,
    "--to-schema-datamodel",
    "prisma/schema.prisma",
    "--script",
  ],
  {
    encoding: "utf8",
    env: {
      ...process.env,
      DATA_DIR: tmp,
      PRISMA_SCHEMA_ENGINE_BINARY: engine,
      PRISMA_QUERY_ENGINE_LIBRARY: engine,
    },
  },
);
if (!sql.trim() || sql.includes("This is an empty migration")) {
  process.stderr.write("nessuna differenza tra HEAD e lo schema attuale\n");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
process.stdout.write(`scritta ${dir}/migration.sql\n`);
