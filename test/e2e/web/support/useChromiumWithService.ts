import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { startTestService, type TestService } from "../../../support/startTestService.ts";
import { launchChromium } from "./launchChromium.ts";

/** A page in a context of its own, and what it did. */
export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL the page and its frames asked for. */
  requests: string[];
  /** Console errors (CSP violations among them) and uncaught exceptions. */
  problems: string[];
}

export type ChromiumWithService = ReturnType<typeof useChromiumWithService>;

/**
 * Chromium and the whole service (`env` added to its configuration) for the tests of one file:
 * started side by side before them, closed after them with every page they opened, or after each
 * test with `closeAfterEach`. `artifacts` is the folder made for the screenshots; `timeout` each
 * page's default in milliseconds.
 */
export function useChromiumWithService(
  options: {
    env?: Record<string, string>;
    artifacts?: string;
    timeout?: number;
    closeAfterEach?: boolean;
  } = {},
) {
  let browser: Browser | undefined;
  let service: TestService | undefined;
  const contexts: BrowserContext[] = [];
  const opened: Watched[] = [];
  const closePages = async () => {
    for (const context of contexts.splice(0)) await context.close();
  };
  beforeAll(async () => {
    if (options.artifacts) mkdirSync(options.artifacts, { recursive: true });
    [browser, service] = await Promise.all([launchChromium(), startTestService(options.env)]);
  });
  if (options.closeAfterEach) afterEach(closePages);
  afterAll(async () => {
    await closePages();
    await browser?.close();
    await service?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("Chromium and the service start before the tests");
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get service() {
      return started(service);
    },
    /** Opens `url` in a new Italian context of that window size (1280×900 unless told). */
    async open(url: string, { width = 1280, height = 900 }: { width?: number; height?: number } = {}) {
      const context = await started(browser).newContext({ viewport: { width, height }, locale: "it-IT" });
      contexts.push(context);
      const page = await context.newPage();
      if (options.timeout) page.setDefaultTimeout(options.timeout);
      const watched: Watched = { context, page, requests: [], problems: [] };
      opened.push(watched);
      context.on("request", (request) => watched.requests.push(request.url()));
      page.on("console", (message) => {
        if (message.type() === "error") watched.problems.push(message.text());
      });
      page.on("pageerror", (error) => watched.problems.push(error.message));
      await page.goto(url);
      return watched;
    },
    /** The problems of every page opened so far. */
    problems: () => opened.flatMap((watched) => watched.problems),
  };
}
