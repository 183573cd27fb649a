import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { processIsAlive } from "../../src/kernel/processIsAlive.ts";

/**
 * How many Chromiums may run at once, machine-wide (TEST_BROWSERS overrides it). Two: one browser
 * file at a time made the browser files a chain of about 200 s that the rest of the suite could
 * not shorten; two at once halve it and still leave the other files their share of two cores.
 */
const TURNS = Math.max(1, Number(process.env.TEST_BROWSERS ?? 2));

/** One lock folder per turn, for the machine: browser files of any run share them, whoever started them. */
const lockOf = (turn: number) => path.join(tmpdir(), `conciliabot-browser-turn-${turn}.lock`);

async function ownerIsGone(lock: string): Promise<boolean> {
  const pid = Number(await readFile(path.join(lock, "owner"), "utf8").catch(() => ""));
  return Number.isInteger(pid) && pid > 0 && !processIsAlive(pid);
}

/**
 * Waits until fewer than TURNS other test files drive a browser, then holds a turn until `release`
 * is called. The browser files run among the other tests (see interleaveBrowserFiles), and more
 * Chromiums at once would starve a two-core machine. The wait is bounded (`maxWaitMs`, inside the
 * hook's time limit): past it the file goes ahead anyway.
 */
export async function holdBrowserTurn(maxWaitMs = 200_000): Promise<{ release(): Promise<void> }> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    for (let turn = 0; turn < TURNS; turn++) {
      const lock = lockOf(turn);
      try {
        await mkdir(lock);
        await writeFile(path.join(lock, "owner"), String(process.pid));
        let released = false;
        return {
          release: async () => {
            if (released) return;
            released = true;
            await rm(lock, { recursive: true, force: true });
          },
        };
      } catch (error) {
        if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
      }
      if (await ownerIsGone(lock)) await rm(lock, { recursive: true, force: true });
    }
    if (Date.now() >= until) return { release: async () => undefined };
    await sleep(250);
  }
}
