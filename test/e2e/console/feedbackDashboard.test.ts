import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { runAxe } from "../web/support/runAxe.ts";
import { useChromiumWithService } from "../web/support/useChromiumWithService.ts";
import { openSignedIn } from "./support/signIn.ts";

/** What a supervisor learns from users' feedback on the dashboard, in Chromium. */
describe("satisfaction on the console dashboard, in Chromium", () => {
  const run = useChromiumWithService({ timeout: 30_000 });
  let supervisor: TestStaff;

  beforeAll(async () => {
    supervisor = await createStaffAccount(run.service.db, "supervisor", null, "Sara Verdi");
    const db = run.service.db.prisma;
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
  it("shows satisfaction figures and the least helpful answer with masked words and a link to its content", async () => {
    const { page, problems } = await openSignedIn(run, supervisor);
    await page.goto(`${run.service.url}/console/dashboard`);
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
