import { mkdirSync, statfsSync } from "node:fs";
import path from "node:path";

/** statfs's type of a tmpfs (linux/magic.h). */
const TMPFS_MAGIC = 0x01021994;
/** Room a run needs at its peak: a few embedded clusters of 24 MB per worker, browser profiles. */
const NEEDED_BYTES = 2 * 1024 ** 3;

/**
 * Where a test run keeps its temporary folders: a folder on /dev/shm when it is a tmpfs with room
 * to spare, else undefined (the system's temporary folder). The tests create and delete about a
 * hundred data folders a run, each an embedded PostgreSQL cluster of a thousand files; on this
 * machine's ext4 a copy of one costs 0.4–0.8 s of kernel time, in memory 0.04 s. The folder is kept
 * between runs (the warm caches live in it). An explicit TMPDIR is left as it is, and so is a small
 * /dev/shm (64 MB in a default Docker container).
 */
export function chooseTestTmpdir(
  env: NodeJS.ProcessEnv,
  shm = "/dev/shm",
  statfs: (dir: string) => { type: number; bavail: number; bsize: number } = statfsSync,
): string | undefined {
  if (env.TMPDIR) return undefined;
  try {
    const stats = statfs(shm);
    if (stats.type !== TMPFS_MAGIC || stats.bavail * stats.bsize < NEEDED_BYTES) return undefined;
    const dir = path.join(shm, "conciliabot-tests");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return dir;
  } catch {
    return undefined;
  }
}
