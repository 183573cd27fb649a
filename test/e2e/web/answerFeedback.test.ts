import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useChromiumWithService } from "./support/useChromiumWithService.ts";
import { webChat } from "./support/webChat.ts";

const QUESTION = "qual è il contributo massimo del bando POR FSE?";
const { bubble, suggested, say: ask } = webChat;

/** Web Chat's own thumbs under an answer, pressed in Chromium like a visitor would. */
describe("feedback on answers in the web chat, in Chromium", () => {
  const run = useChromiumWithService();

  async function open() {
    const watched = await run.open(`${run.service.url}/`);
    await bubble(watched.page, "Sono Conciliabot").first().waitFor();
    return watched;
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
    await bubble(page, "Cosa mancava?").first().waitFor();
    expect(await suggested(page, "Parla con una persona").isVisible()).toBe(true);
    await ask(page, "mancava come presentare la domanda, scrivetemi a anna.bianchi@example.com");
    await bubble(page, "lo leggerà chi cura le risposte").first().waitFor();

    const rows = await run.service.db.prisma.answerFeedback.findMany();
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
      (await run.service.db.prisma.answerFeedback.findMany({ where: { vote: "up" } })).map(
        (r) => r.messageId,
      );
    await expect.poll(messageId, { timeout: 30_000 }).toHaveLength(1);
    const [rated] = await messageId();
    await thumbs.nth(1).click();
    await bubble(page, "Cosa mancava?").last().waitFor();
    const rows = await run.service.db.prisma.answerFeedback.findMany({ where: { messageId: rated } });
    expect(rows.map((r) => r.vote)).toEqual(["down"]);
  });
});
