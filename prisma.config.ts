import path from "node:path";
import { defineConfig } from "prisma/config";
import { cliAdapterFactory } from "./prisma/cli-adapter.ts";

/**
 * The Prisma CLI runs with the JavaScript schema engine (no native binary is downloaded) and
 * reaches the database through a driver adapter. The service itself applies migrations on start
 * (src/persistence/migrate.ts); the CLI is for authoring them (`npm run db:diff`).
 */
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: cliAdapterFactory,
});
