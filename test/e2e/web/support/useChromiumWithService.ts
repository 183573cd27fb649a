import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { launchChromium } from "./launchChromium.ts";

/** A page opened for a test, and what it did while that test had it. */
export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL the page and its frames asked for. */
  requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  problems: string[];
}

/** A tab the tests of a file take in turn: its own context (cookies, storage), one page. */
interface Tab {
  context: BrowserContext;
  page: Page;
  /** The http(s) origins it talked to since it was last emptied, whose storage must go. */
  origins: Set<string>;
  /** Who has it now; undefined while it waits in the pool. */
  holder: Watched | undefined;
}

export type ChromiumWithService = ReturnType<typeof useChromiumWithService>;

/**
 * Chromium and the whole service (`env` added to its configuration) for the tests of one file:
 * started side by side before them, closed after them. `artifacts` is the folder made for the
 * screenshots; `timeout` each page's default in milliseconds.
 *
 * A page a test opens is given back after the test (or by `release`) and the next `open` reuses
 * it, emptied as a new browser would be (no cookies, no storage, blank): a new context costs a new
 * renderer process, and on a slow 2-core machine (2 December 2026) loading the chat in a new
 * context cost 4.1–4.7 s of Chromium's CPU against 1.6–1.8 s in a reused, emptied tab. What a tab
 * keeps is the HTTP cache of the assets, as a returning visitor's browser does.
 */
export function useChromiumWithService(
  options: { env?: Record<string, string>; artifacts?: string; timeout?: number } = {},
) {
  let browser: Browser | undefined;
  let service: TestService | undefined;
  const tabs: Tab[] = [];
  const opened: Watched[] = [];
  beforeAll(async () => {
    if (options.artifacts) mkdirSync(options.artifacts, { recursive: true });
    [browser, service] = await Promise.all([launchChromium(), startTestService(options.env)]);
  });
  afterEach(async () => {
    for (const tab of tabs.filter((candidate) => candidate.holder !== undefined)) await empty(tab);
  });
  afterAll(async () => {
    for (const tab of tabs.splice(0)) await tab.context.close().catch(() => undefined);
    await browser?.close();
    await service?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("Chromium and the service start before the tests");
    return value;
  };

  async function newTab(width: number, height: number): Promise<Tab> {
    const context = await started(browser).newContext({ viewport: { width, height }, locale: "it-IT" });
    const page = await context.newPage();
    if (options.timeout) page.setDefaultTimeout(options.timeout);
    const tab: Tab = { context, page, origins: new Set(), holder: undefined };
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol === "http:" || url.protocol === "https:") tab.origins.add(url.origin);
      tab.holder?.requests.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") tab.holder?.problems.push(message.text());
    });
    page.on("pageerror", (error) => tab.holder?.problems.push(error.message));
    tabs.push(tab);
    return tab;
  }

  /** Back to the pool, blank, without cookies or storage; a tab that cannot be emptied is closed. */
  async function empty(tab: Tab): Promise<void> {
    tab.holder = undefined;
    try {
      if (tab.page.isClosed()) throw new Error("the test closed its page");
      await tab.page.goto("about:blank");
      await tab.context.clearCookies();
      const session = await tab.context.newCDPSession(tab.page);
      for (const origin of tab.origins) {
        await session.send("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
      }
      await session.detach();
      tab.origins.clear();
    } catch {
      tabs.splice(tabs.indexOf(tab), 1);
      await tab.context.close().catch(() => undefined);
    }
  }

  return {
    get browser() {
      return started(browser);
    },
    get service() {
      return started(service);
    },
    /** Opens `url` in an Italian tab of that window size (1280×900 unless told) no other test holds. */
    async open(url: string, { width = 1280, height = 900 }: { width?: number; height?: number } = {}) {
      const free = tabs.find((tab) => tab.holder === undefined);
      const tab = free ?? (await newTab(width, height));
      if (free) await tab.page.setViewportSize({ width, height });
      const watched: Watched = { context: tab.context, page: tab.page, requests: [], problems: [] };
      tab.holder = watched;
      opened.push(watched);
      await tab.page.goto(url);
      return watched;
    },
    /** Gives the page back before the test ends, so that the next `open` can reuse it. */
    async release(watched: Watched) {
      const tab = tabs.find((candidate) => candidate.holder === watched);
      if (tab) await empty(tab);
    },
    /** The problems of every page opened so far. */
    problems: () => opened.flatMap((watched) => watched.problems),
  };
}
