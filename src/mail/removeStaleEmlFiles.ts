import { chmod, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Database } from "../persistence/Database.ts";
import { listMailsWithBody } from "../persistence/outbox/listMailsWithBody.ts";

const EML = /^(.+)\.eml$/;
/** Leftovers of a write interrupted between the temporary file and its rename. */
const TEMPORARY = /^(.+)\.eml\.\d+\.tmp$/;
const BATCH = 500;

/**
 * Deletes the .eml copies (and interrupted temporary files) of mails that are no longer waiting
 * with their body: erased by the user, past the retention period, cancelled, sent, or gone. The
 * files hold the same personal data as the mail, so they must not outlive it; the ones kept are
 * made private (0600). Returns how many files were removed; a missing folder is simply empty.
 */
export async function removeStaleEmlFiles(db: Database, dir: string): Promise<number> {
  const names = await readdir(dir).catch((error: unknown) => {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return [];
    throw error;
  });
  const files = names.flatMap((name) => {
    const match = EML.exec(name) ?? TEMPORARY.exec(name);
    return match?.[1] ? [{ name, id: match[1] }] : [];
  });
  let removed = 0;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const waiting = await listMailsWithBody(
      db,
      batch.map((file) => file.id),
    );
    for (const file of batch) {
      // A temporary file of a mail still waiting may be a write in progress: left to its writer.
      // A kept file written by an earlier version (0644) is made private.
      if (waiting.has(file.id)) {
        await chmod(path.join(dir, file.name), 0o600).catch(() => undefined);
        continue;
      }
      await rm(path.join(dir, file.name), { force: true });
      removed += 1;
    }
  }
  return removed;
}
