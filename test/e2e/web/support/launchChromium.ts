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

/**
 * The features Playwright disables when it launches Chromium (playwright-core 1.65.1,
 * chromiumSwitches.ts). A `--disable-features` among the launch's arguments replaces Playwright's
 * own (Chromium keeps the last one given), so ours repeats them; launchChromium.test.ts checks the
 * list against the Playwright installed.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * The address bar's suggestion popups, which Chromium (from about version 140) builds as web pages
 * of their own and preloads in a renderer for every window, headless too, where no address bar is
 * ever seen. They cost a third of the browser's CPU in the web chat's file (Chromium 156, 30
 * November 2026: 24.5 and 25.7 → 15.4 and 17.7 s for `test/e2e/web/webChat.test.ts`).
 */
const NO_OMNIBOX_POPUPS = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

const DISABLED_FEATURES = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...NO_OMNIBOX_POPUPS].join(",")}`;

/**
 * Chromium, headless, with nothing phoning home (no background networking). Browser files run
 * among the other tests but one at a time: the browser waits for its turn and gives it back when
 * it closes (or dies).
 */
export async function launchChromium(source?: ChromiumSource): Promise<Browser> {
  const executablePath = await chromiumExecutable(source);
  if (!existsSync(executablePath)) throw new Error(`Chromium non trovato in ${executablePath}`);
  const turn = await holdBrowserTurn();
  try {
    const browser = await chromium.launch({
      executablePath,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        DISABLED_FEATURES,
      ],
    });
    browser.on("disconnected", () => void turn.release());
    return browser;
  } catch (error) {
    await turn.release();
    throw error;
  }
}
