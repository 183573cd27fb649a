import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { InfrastructureError } from "../kernel/InfrastructureError.ts";
import { processIsAlive } from "../kernel/processIsAlive.ts";
import { compactPgliteTables } from "./compactPgliteTables.ts";
import type { Database } from "./Database.ts";
import { PrismaClient } from "./generated/client.ts";
import { removeRecycledWal } from "./removeRecycledWal.ts";
import type { SqlRunner } from "./SqlRunner.ts";

/**
 * Two PGlite instances on one folder corrupt it, so the folder carries a lock file with the
 * owner's pid; a stale lock (dead pid) is taken over.
 */
async function lockDataFolder(dir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dir, "conciliabot.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      const owner = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (owner && owner !== process.pid && processIsAlive(owner)) {
        throw new InfrastructureError(
          "misconfigured",
          `la cartella dati ${dir} è già in uso dal processo ${owner}: un database incorporato può essere aperto da un solo processo (per più istanze usate DATABASE_URL)`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new InfrastructureError("misconfigured", `impossibile bloccare la cartella dati ${dir}`);
}

/** Opens the embedded database: `dataDir` on disk, or in memory when `dataDir` is "memory://". */
export async function openPglite(dataDir: string): Promise<Database> {
  let unlock = async () => {};
  let pglite: PGlite;
  if (dataDir === "memory://") {
    pglite = new PGlite();
  } else {
    const dir = path.resolve(dataDir, "pglite");
    await mkdir(dir, { recursive: true });
    unlock = await lockDataFolder(path.resolve(dataDir));
    pglite = new PGlite(dir);
    await pglite.waitReady;
    await removeRecycledWal(pglite, dir);
  }
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  const sql: SqlRunner = {
    query: async (text, params) => (await pglite.query<Record<string, unknown>>(text, params)).rows,
    exec: async (script) => {
      await pglite.exec(script);
    },
    // One process owns the folder, so the process is the lock.
    withExclusiveLock: (work) => work(sql),
  };
  return {
    kind: "pglite",
    prisma,
    sql,
    listen: async (channel, onPayload) => pglite.listen(channel, onPayload),
    notify: async (channel, payload) => {
      await pglite.query("SELECT pg_notify($1, $2)", [channel, payload]);
    },
    removeDeadRows: (tables) => compactPgliteTables(pglite, tables),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
      await unlock();
    },
  };
}
