import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { launchChromium } from "../web/support/launchChromium.ts";
import { runAxe } from "../web/support/runAxe.ts";

/** What a supervisor learns from users' feedback on the dashboard, in Chromium. */
describe("satisfaction on the console dashboard, in Chromium", () => {
  let browser: Browser;
  let service: TestService;
  let context: BrowserContext;
  let supervisor: TestStaff;

  beforeAll(async () => {
    [browser, service] = await Promise.all([launchChromium(), startTestService()]);
    supervisor = await createStaffAccount(service.db, "supervisor", null, "Sara Verdi");
    const db = service.db.prisma;
    await db.conversation.create({
      data: { id: "e2e-fb", channel: "telegram", externalKey: "e2e-fb", state: {}, atsId: "ats_brescia" },
    });
    const now = new Date();
    const question = await db.message.create({
      data: {
        conversationId: "e2e-fb",
        direction: "in",
        text: "quando scade il bando? sono 333 9876543",
        createdAt: now,
      },
    });
    const answer = await db.message.create({
      data: {
        conversationId: "e2e-fb",
        direction: "bot",
        text: "Il bando è chiuso.",
        intent: "programme_info",
        payload: {
          reply: {
            text: "Il bando è chiuso.",
            buttons: [],
            channelData: { feedback: { answerKey: "topic:deadlines" } },
          },
          inReplyTo: question.id.toString(),
        },
        createdAt: now,
      },
    });
    await db.answerFeedback.create({
      data: {
        messageId: answer.id,
        conversationId: "e2e-fb",
        channel: "telegram",
        intent: "programme_info",
        answerKey: "topic:deadlines",
        vote: "down",
        comment: "la data della prossima apertura",
        createdAt: now,
        updatedAt: now,
      },
    });
    await db.conversationRating.create({
      data: {
        conversationId: "e2e-fb",
        channel: "telegram",
        trigger: "handoff",
        atsId: "ats_brescia",
        score: 3,
        createdAt: now,
      },
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await service?.dispose();
  });

  async function signedIn(): Promise<{ page: Page; problems: string[] }> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "it-IT" });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(`${service.url}/console/login`);
    await page.getByLabel("Email").fill(supervisor.email);
    await page.getByLabel("Password").fill(supervisor.password);
    await page.getByRole("button", { name: "Accedi" }).click();
    await page.waitForURL(/\/console$/);
    return { page, problems };
  }

  it("shows satisfaction figures and the least helpful answer with masked words and a link to its content", async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${service.url}/console/dashboard`);
    const row = page.locator("#worst-table tbody tr").first();
    await row.getByText("Apri il contenuto").waitFor();
    const words = await row.textContent();
    expect(words).toContain("quando scade il bando? sono [NUMERO]");
    expect(words).toContain("la data della prossima apertura");
    expect(words).not.toContain("9876543");
    expect(await row.getByRole("link", { name: "Apri il contenuto" }).getAttribute("href")).toBe(
      "/console/content?file=programme%2Ftopics.yaml",
    );
    for (const summary of await page.locator("details summary").all()) await summary.click();
    expect(await page.locator("#table-csat-ats").textContent()).toMatch(/ATS di Brescia\s*1\s*0\s*3/);
    expect(await page.locator("#table-satisfaction-channel").textContent()).toContain("Telegram");
    expect(await page.locator("#feedback-export").getAttribute("href")).toMatch(
      /^\/console\/api\/feedback\.csv\?from=/,
    );
    const violations = await runAxe(page);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    expect(problems).toEqual([]);
  });
});
