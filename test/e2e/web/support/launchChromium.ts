import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { holdBrowserTurn } from "../../../support/holdBrowserTurn.ts";

/** Debian's Chromium, as on CI and the development machines. */
export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Which browser binary: the machine's (CHROMIUM_PATH or Debian's) or the one shipped on npm. */
export type ChromiumSource = "machine" | "npm";

/**
 * CHROMIUM_PATH when set, else Debian's Chromium; on a machine without it (only Node), the
 * Chromium build that `npm ci` installed with `@sparticuz/chromium`, unpacked on first use into the
 * temporary folder. TEST_CHROMIUM=npm forces that one, to prove the path where Debian's is there.
 */
export async function chromiumExecutable(source = defaultSource()): Promise<string> {
  if (source === "machine") return process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;
  const { default: bundled } = await import("@sparticuz/chromium");
  return bundled.executablePath();
}

function defaultSource(): ChromiumSource {
  if (process.env.TEST_CHROMIUM === "npm") return "npm";
  return process.env.CHROMIUM_PATH || existsSync(DEBIAN_CHROMIUM) ? "machine" : "npm";
}

/** Chromium, headless, with nothing phoning home (no background networking). */
async function startChromium(source?: ChromiumSource): Promise<Browser> {
  const executablePath = await chromiumExecutable(source);
  if (!existsSync(executablePath)) throw new Error(`Chromium non trovato in ${executablePath}`);
  return chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/**
 * A browser of its own for a file, which takes a browser turn (see holdBrowserTurn) and gives it
 * back when the browser closes (or dies).
 */
export async function launchChromium(source?: ChromiumSource): Promise<Browser> {
  const turn = await holdBrowserTurn();
  try {
    const browser = await startChromium(source);
    browser.on("disconnected", () => void turn.release());
    return browser;
  } catch (error) {
    await turn.release();
    throw error;
  }
}

const shared = new Map<ChromiumSource, Promise<Browser>>();

/**
 * The test worker's browser, launched by the first file that asks and kept for the next ones (the
 * workers run file after file in one process), as Playwright's own runner keeps one per worker:
 * each test still gets contexts of its own, and the first page a new browser loads costs 1.6–1.8 s
 * of CPU that later ones do not. It closes with the worker (the protocol pipe closes with the
 * process). The caller holds a browser turn while it drives it.
 */
export function sharedChromium(source: ChromiumSource = defaultSource()): Promise<Browser> {
  let browser = shared.get(source);
  if (!browser) {
    browser = startChromium(source);
    shared.set(source, browser);
    browser.then(
      (started) => started.on("disconnected", () => shared.delete(source)),
      () => shared.delete(source),
    );
  }
  return browser;
}
