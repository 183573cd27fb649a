import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

/** One lock for the machine: browser files of any run take turns, whoever started them. */
const LOCK = path.join(tmpdir(), "conciliabot-browser-turn.lock");
const OWNER = path.join(LOCK, "owner");

/** Whether the process that took the lock is still there (a crashed file must not block the rest). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && "code" in error && error.code === "EPERM";
  }
}

async function ownerIsGone(): Promise<boolean> {
  const pid = Number(await readFile(OWNER, "utf8").catch(() => ""));
  return Number.isInteger(pid) && pid > 0 && !alive(pid);
}

/**
 * Waits until no other test file drives a browser, then holds the turn until `release` is
 * called. The browser files run among the other tests (see interleaveBrowserFiles), and two
 * Chromiums at once would starve a two-core machine: this keeps them one at a time. The wait is
 * bounded (`maxWaitMs`, inside the hook's time limit): past it the file goes ahead anyway.
 */
export async function holdBrowserTurn(maxWaitMs = 75_000): Promise<{ release(): Promise<void> }> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    try {
      await mkdir(LOCK);
      await writeFile(OWNER, String(process.pid));
      let released = false;
      return {
        release: async () => {
          if (released) return;
          released = true;
          await rm(LOCK, { recursive: true, force: true });
        },
      };
    } catch (error) {
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    if (await ownerIsGone()) {
      await rm(LOCK, { recursive: true, force: true });
      continue;
    }
    if (Date.now() >= until) return { release: async () => undefined };
    await sleep(250);
  }
}
