import { createServer, type Server } from "node:http";
import path from "node:path";
import type { Locator } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runAxe } from "./support/runAxe.ts";
import { useChromiumWithService } from "./support/useChromiumWithService.ts";
import { webChat } from "./support/webChat.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/web");
const { chat, bubble, suggested, sendBox, say } = webChat;

/**
 * The whole service (conversation core, content, database) behind the real page, driven in
 * Debian's Chromium like a visitor would.
 */
describe("the public chat page in Chromium", () => {
  const run = useChromiumWithService({ artifacts: ARTIFACTS });
  const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

  it("takes a family through the eligibility check to the verdict, with nothing loaded from elsewhere", async () => {
    const { page, requests, problems } = await run.open(`${run.service.url}/`);
    expect(await page.locator("html").getAttribute("lang")).toBe("it");
    expect(await page.locator("header.it-header-wrapper").textContent()).toMatch(
      /Regione Lombardia[\s\S]*Conciliazione vita-lavoro/,
    );
    // Greeting, then the family interview by buttons and typing, up to the verdict.
    await webChat.familyUpToProvince(page);
    await say(page, "Bergamo");
    await bubble(page, "In base alle tue risposte").waitFor();
    await bubble(page, "ATS di Bergamo").waitFor();
    const transcript = await chat(page).locator(".webchat__basic-transcript").textContent();
    expect(transcript).toMatch(/In base alle tue risposte[\s\S]*Voucher per servizi per l'infanzia/);
    expect(await suggested(page, "Lascia una richiesta").isVisible()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "eligibility-verdict.png"), fullPage: true });

    const origin = new URL(run.service.url).origin;
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    expect(foreign, "requests to other origins").toEqual([]);
    expect(problems, "console errors and CSP violations").toEqual([]);
  });

  it("has no WCAG 2.1 A or AA violations that axe-core finds, whatever their impact, on a desktop and at 390 px", async () => {
    for (const [url, width, height] of ["/", "/en", "/privacy", "/embed"].flatMap((u) => [
      [u, 1280, 900] as const,
      [u, 390, 844] as const,
    ])) {
      const watched = await run.open(`${run.service.url}${url}`, { width, height });
      const { page } = watched;
      if (url !== "/privacy") {
        await suggested(page, url === "/en" ? "Family" : "Famiglia").click();
        await chat(page).getByRole("toolbar").waitFor();
      }
      const violations = await runAxe(page);
      expect(violations, `${url} at ${width} px: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      await run.release(watched);
    }
  });

  it("can be used with the keyboard alone: the skip link leads to the message box", async () => {
    const { page } = await run.open(`${run.service.url}/`);
    await bubble(page, "Come posso aiutarti?").waitFor();
    await page.keyboard.press("Tab");
    expect(await isFocused(page.getByRole("link", { name: "Vai alla chat" }))).toBe(true);
    await page.keyboard.press("Enter");
    expect(await isFocused(sendBox(page))).toBe(true);
    await page.keyboard.type("Famiglia");
    await page.keyboard.press("Enter");
    await bubble(page, "Quanti anni hanno i figli").waitFor();
    await page.keyboard.press("Shift+Tab");
    const toolbarFocused = await chat(page)
      .getByRole("toolbar")
      .evaluate((toolbar) => toolbar.contains(document.activeElement));
    expect(toolbarFocused, "a suggested action is reachable with Shift+Tab").toBe(true);
    await page.keyboard.press("Enter");
    await bubble(page, "chi si occupa dei figli o dei familiari lavora?").waitFor();
  });

  it("continues the same conversation after a reload, and forgets it on request", async () => {
    const { page, problems } = await run.open(`${run.service.url}/`);
    await bubble(page, "Come posso aiutarti?").waitFor();
    await suggested(page, "Famiglia").click();
    await bubble(page, "Quanti anni hanno i figli").waitFor();
    const before = await chat(page).getAttribute("data-conversation-id");

    await page.reload();
    await bubble(page, "Quanti anni hanno i figli").waitFor();
    expect(await chat(page).getAttribute("data-conversation-id")).toBe(before);
    expect(await bubble(page, "Come posso aiutarti?").count()).toBe(1);
    await suggested(page, "Da 6 a 13 anni").click();
    await bubble(page, "chi si occupa dei figli o dei familiari lavora?").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "after-reload.png"), fullPage: true });

    await page.getByRole("button", { name: "Inizia una nuova conversazione" }).click();
    await bubble(page, "Come posso aiutarti?").waitFor();
    expect(await chat(page).getAttribute("data-conversation-id")).not.toBe(before);
    expect(await bubble(page, "Quanti anni hanno i figli").count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("starts the next visitor's conversation afresh in a tab the previous one gave back", async () => {
    const first = await run.open(`${run.service.url}/`);
    await bubble(first.page, "Come posso aiutarti?").waitFor();
    await suggested(first.page, "Famiglia").click();
    await bubble(first.page, "Quanti anni hanno i figli").waitFor();
    const before = await chat(first.page).getAttribute("data-conversation-id");
    await first.context.addCookies([{ name: "visited", value: "1", url: run.service.url }]);
    await first.page.evaluate(() => sessionStorage.setItem("visited", "1"));
    await run.release(first);

    const next = await run.open(`${run.service.url}/`);
    await bubble(next.page, "Come posso aiutarti?").waitFor();
    expect(await chat(next.page).getAttribute("data-conversation-id")).not.toBe(before);
    expect(await bubble(next.page, "Quanti anni hanno i figli").count()).toBe(0);
    expect(await next.page.evaluate(() => [document.cookie, sessionStorage.getItem("visited")])).toEqual([
      "",
      null,
    ]);
    expect(next.problems).toEqual([]);
  });

  it("speaks English at /en", async () => {
    const { page, problems } = await run.open(`${run.service.url}/en`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Talk to Conciliabot");
    await bubble(page, "I am Conciliabot, the automatic assistant").waitFor();
    expect(await sendBox(page).getAttribute("placeholder")).toMatch(/Type your message/);
    await suggested(page, "Family").click();
    await bubble(page, "How old are the children").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "chat-en.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("adds a launcher and the chat to another website with one script tag", async () => {
    const host = await serveHostPage(`<script src="${run.service.url}/embed.js" async></script>`);
    try {
      const { page, problems } = await run.open(host.url);
      const launcher = page.getByRole("button", { name: "Chatta con Conciliabot" });
      expect(await launcher.getAttribute("aria-expanded")).toBe("false");
      await launcher.click();
      const close = page.getByRole("button", { name: "Chiudi la chat" });
      expect(await close.getAttribute("aria-expanded")).toBe("true");
      const frame = page.frameLocator("iframe[title='Conciliabot, assistente automatico']");
      await frame.locator(".webchat__text-content", { hasText: "Come posso aiutarti?" }).waitFor();
      await frame.getByRole("toolbar").getByRole("button", { name: "Famiglia", exact: true }).click();
      await frame.locator(".webchat__text-content", { hasText: "Quanti anni hanno i figli" }).waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, "embed.png") });
      await page.keyboard.press("Escape");
      expect(await launcher.getAttribute("aria-expanded")).toBe("false");
      expect(await isFocused(launcher)).toBe(true);
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
