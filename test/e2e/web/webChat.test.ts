import { mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFakeGateway } from "../../integration/web/support/createFakeGateway.ts";
import {
  startWebTestService,
  type WebTestService,
} from "../../integration/web/support/startWebTestService.ts";
import { launchChromium } from "./support/launchChromium.ts";
import { runAxe } from "./support/runAxe.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/web");

interface Watched {
  page: Page;
  /** Every URL the page (and its frames) asked for. */
  requests: string[];
  /** Console errors and CSP violations. */
  problems: string[];
}

describe("the public chat page in Chromium", () => {
  let browser: Browser;
  let service: WebTestService;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchChromium();
    service = await startWebTestService(createFakeGateway(), { env: { SECRET_KEY: "e".repeat(40) } });
  });
  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function open(url: string): Promise<Watched> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "it-IT" });
    const page = await context.newPage();
    const watched: Watched = { page, requests: [], problems: [] };
    context.on("request", (request) => watched.requests.push(request.url()));
    page.on("console", (message) => {
      if (message.type() === "error") watched.problems.push(message.text());
    });
    page.on("pageerror", (error) => watched.problems.push(error.message));
    await page.goto(url);
    return watched;
  }

  const chat = (page: Page) => page.locator("#webchat");
  const suggested = (page: Page, name: string) =>
    chat(page).getByRole("toolbar").getByRole("button", { name, exact: true });
  const sendBox = (page: Page) => chat(page).getByRole("textbox");
  /** A message bubble's text (Web Chat also keeps copies for screen readers). */
  const bubble = (page: Page, text: string) =>
    chat(page).locator(".webchat__text-content", { hasText: text });
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

  it("lets a visitor click a suggested action, type a message and see a summary card", async () => {
    const { page, requests, problems } = await open(`${service.url}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("it");
    expect(await page.locator("header.it-header-wrapper").textContent()).toMatch(
      /Regione Lombardia[\s\S]*Conciliazione vita-lavoro/,
    );
    await bubble(page, "Sono Conciliabot, l'assistente automatico").waitFor();

    await suggested(page, "Famiglia").click();
    await chat(page).getByText("Voucher per servizi prima infanzia", { exact: true }).waitFor();
    expect(await chat(page).getByText("ATS Milano", { exact: true }).isVisible()).toBe(true);

    await sendBox(page).fill("ho due figli");
    await sendBox(page).press("Enter");
    await bubble(page, "Hai scritto: ho due figli").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "chat-it.png"), fullPage: true });

    const origin = new URL(service.url).origin;
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    expect(foreign, "requests to other origins").toEqual([]);
    expect(problems, "console errors and CSP violations").toEqual([]);
  });

  it("has no WCAG 2.1 AA violations that axe-core rates serious or critical", async () => {
    for (const url of ["/", "/en", "/privacy", "/embed"]) {
      const { page } = await open(`${service.url}${url}`);
      if (url !== "/privacy") {
        await suggested(page, "Famiglia").click();
        await chat(page).getByText("Voucher per servizi prima infanzia", { exact: true }).waitFor();
      }
      const violations = await runAxe(page);
      const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(severe, `${url}: ${JSON.stringify(severe, null, 1)}`).toEqual([]);
      await context.close();
    }
  });

  it("can be used with the keyboard alone: the skip link leads to the message box", async () => {
    const { page } = await open(`${service.url}/`);
    await bubble(page, "Sono Conciliabot").waitFor();
    await page.keyboard.press("Tab");
    expect(await isFocused(page.getByRole("link", { name: "Vai alla chat" }))).toBe(true);
    await page.keyboard.press("Enter");
    expect(await isFocused(sendBox(page))).toBe(true);
    await page.keyboard.type("Impresa");
    await page.keyboard.press("Enter");
    await bubble(page, "Hai scritto: Impresa").waitFor();
  });

  it("continues the same conversation after a reload", async () => {
    const { page } = await open(`${service.url}/`);
    await suggested(page, "Famiglia").click();
    await chat(page).getByText("Voucher per servizi prima infanzia", { exact: true }).waitFor();
    const before = await chat(page).getAttribute("data-conversation-id");

    await page.reload();
    await chat(page).getByText("Voucher per servizi prima infanzia", { exact: true }).waitFor();
    expect(await chat(page).getAttribute("data-conversation-id")).toBe(before);
    expect(await bubble(page, "Sono Conciliabot, l'assistente automatico").count()).toBe(1);

    await sendBox(page).fill("sono tornato");
    await sendBox(page).press("Enter");
    await bubble(page, "Hai scritto: sono tornato").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "chat-after-reload.png"), fullPage: true });

    await page.getByRole("button", { name: "Inizia una nuova conversazione" }).click();
    await bubble(page, "Sono Conciliabot").waitFor();
    expect(await chat(page).getAttribute("data-conversation-id")).not.toBe(before);
    expect(await bubble(page, "Hai scritto: sono tornato").count()).toBe(0);
  });

  it("speaks English at /en", async () => {
    const { page, problems } = await open(`${service.url}/en`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Talk to Conciliabot");
    await bubble(page, "Sono Conciliabot").waitFor();
    expect(await sendBox(page).getAttribute("placeholder")).toMatch(/Type your message/);
    await page.screenshot({ path: path.join(ARTIFACTS, "chat-en.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("adds a launcher and the chat to another website with one script tag", async () => {
    const host = await serveHostPage(`<script src="${service.url}/embed.js" async></script>`);
    try {
      const { page, problems } = await open(host.url);
      const launcher = page.getByRole("button", { name: "Chatta con Conciliabot" });
      expect(await launcher.getAttribute("aria-expanded")).toBe("false");
      await launcher.click();
      expect(await page.getByRole("button", { name: "Chiudi la chat" }).getAttribute("aria-expanded")).toBe(
        "true",
      );
      const frame = page.frameLocator("iframe[title='Conciliabot, assistente automatico']");
      await frame.locator(".webchat__text-content", { hasText: "Sono Conciliabot" }).waitFor();
      await frame.getByRole("toolbar").getByRole("button", { name: "Famiglia", exact: true }).click();
      await frame.getByText("Voucher per servizi prima infanzia", { exact: true }).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, "embed.png") });
      await page.keyboard.press("Escape");
      expect(
        await page.getByRole("button", { name: "Chatta con Conciliabot" }).getAttribute("aria-expanded"),
      ).toBe("false");
      expect(problems).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

/** A page of "another website" (another origin) embedding the chat. */
async function serveHostPage(snippet: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="it"><head><meta charset="utf-8"><title>ATS di esempio</title></head>
<body><main><h1>ATS di esempio</h1><p>Un sito che ospita la chat.</p></main>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("not listening");
  return {
    url: `http://localhost:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
