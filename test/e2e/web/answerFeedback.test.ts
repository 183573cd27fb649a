import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { launchChromium } from "./support/launchChromium.ts";

const QUESTION = "qual è il contributo massimo del bando POR FSE?";

/** Web Chat's own thumbs under an answer, pressed in Chromium like a visitor would. */
describe("feedback on answers in the web chat, in Chromium", () => {
  let browser: Browser;
  let service: TestService;
  let context: BrowserContext;

  beforeAll(async () => {
    [browser, service] = await Promise.all([launchChromium(), startTestService()]);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
  });
  afterEach(async () => {
    await context?.close();
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "it-IT" });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${service.url}/`);
    await page.locator(".webchat__text-content", { hasText: "Sono Conciliabot" }).first().waitFor();
    return { page, problems };
  }

  async function ask(page: Page, text: string): Promise<void> {
    const box = page.locator("#webchat").getByRole("textbox");
    await box.fill(text);
    await box.press("Enter");
  }

  /** The activity of the bot's factual answer (the one with a source line). */
  const answer = (page: Page) =>
    page.locator(".webchat__basic-transcript__activity", { hasText: /Fonte/ }).last();

  it("shows thumbs only on the answer, and a thumb down asks what was missing and offers a person", async () => {
    const { page, problems } = await open();
    await ask(page, QUESTION);
    await answer(page).waitFor();
    const thumbs = answer(page).locator("button.webchat__thumb-button");
    await expect.poll(() => thumbs.count()).toBe(2);
    // The greeting is not a factual answer: no thumbs there.
    const greeting = page
      .locator(".webchat__basic-transcript__activity", { hasText: "Sono Conciliabot" })
      .first();
    expect(await greeting.locator("button.webchat__thumb-button").count()).toBe(0);

    await thumbs.nth(1).click();
    await page.locator(".webchat__text-content", { hasText: "Cosa mancava?" }).first().waitFor();
    const person = page
      .locator("#webchat")
      .getByRole("toolbar")
      .getByRole("button", { name: "Parla con una persona", exact: true });
    expect(await person.isVisible()).toBe(true);
    await ask(page, "mancava come presentare la domanda, scrivetemi a anna.bianchi@example.com");
    await page
      .locator(".webchat__text-content", { hasText: "lo leggerà chi cura le risposte" })
      .first()
      .waitFor();

    const rows = await service.db.prisma.answerFeedback.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.vote).toBe("down");
    expect(rows[0]?.answerKey).toMatch(/^topic:/);
    expect(rows[0]?.comment).toContain("mancava come presentare la domanda");
    expect(rows[0]?.comment).not.toContain("anna.bianchi");
    expect(problems).toEqual([]);
  });

  it("counts a thumb once per answer: changing one's mind replaces the vote", async () => {
    const { page } = await open();
    await ask(page, QUESTION);
    await answer(page).waitFor();
    const thumbs = answer(page).locator("button.webchat__thumb-button");
    await expect.poll(() => thumbs.count()).toBe(2);
    await thumbs.nth(0).click();
    await expect.poll(() => thumbs.nth(0).getAttribute("aria-pressed")).toBe("true");
    const messageId = async () =>
      (await service.db.prisma.answerFeedback.findMany({ where: { vote: "up" } })).map((r) => r.messageId);
    await expect.poll(messageId, { timeout: 10_000 }).toHaveLength(1);
    const [rated] = await messageId();
    await thumbs.nth(1).click();
    await page.locator(".webchat__text-content", { hasText: "Cosa mancava?" }).last().waitFor();
    const rows = await service.db.prisma.answerFeedback.findMany({ where: { messageId: rated } });
    expect(rows.map((r) => r.vote)).toEqual(["down"]);
  });
});
