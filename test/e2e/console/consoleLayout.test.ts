import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { insertOutboundMessage } from "../../../src/persistence/handoff/insertOutboundMessage.ts";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { seedSubmission } from "../../integration/console/support/seedSubmission.ts";
import {
  getActivities,
  postMessage,
  startConversation,
} from "../../integration/web/support/directLineHttp.ts";
import { expectAccessible } from "../web/support/expectAccessible.ts";
import { useChromiumWithService } from "../web/support/useChromiumWithService.ts";
import { openSignedIn, signIn } from "./support/signIn.ts";

const QueueListSchema = z.object({ items: z.array(z.unknown()) });

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/console");

/**
 * How the console reads for a staff member: the request detail, a phone-sized screen, the
 * keyboard after claiming, and a long conversation with the reply box in sight.
 */
describe("the staff console's layout and keyboard use, in Chromium", () => {
  const run = useChromiumWithService({
    env: { OFFICE_HOURS: "mon-sun 00:00-24:00" },
    artifacts: ARTIFACTS,
    timeout: 30_000,
  });
  let admin: TestStaff;

  beforeAll(async () => {
    admin = await createStaffAccount(run.service.db, "admin", null, "Anna Bianchi");
  });

  /**
   * A visitor asks for a person over Direct Line, the protocol Web Chat speaks, pressing the
   * greeting's «Parlare con una persona» as Web Chat would; returns the conversation id the
   * console shows. These tests are about the console: the visitor's own page in Chromium has its
   * tests (consoleHandoff, webChat), and a second page here cost the browser a chat load per test.
   */
  async function visitorAsksForAPerson(staffPage: Page, lang: "it" | "en" = "it"): Promise<string> {
    await staffPage.goto(`${run.service.url}/console`);
    await staffPage.locator("#queue-summary", { hasText: /coda|attesa/ }).waitFor();
    const rows = staffPage.locator("#queue-table tbody tr");
    // Counted from the API: the table may still be filling in when the summary shows.
    const queue = await staffPage.request.get(`${run.service.url}/console/api/queue`);
    const before = QueueListSchema.parse(await queue.json()).items.length;
    const base = run.service.url;
    const conversation = await startConversation(base, lang);
    const greeting = await getActivities(base, conversation);
    const label = lang === "en" ? "Talk to a person" : "Parlare con una persona";
    const person = greeting.activities
      .at(-1)
      ?.suggestedActions?.actions.find((action) => action.title === label);
    if (!person) throw new Error(`no «${label}» in the greeting's suggested actions`);
    expect((await postMessage(base, conversation, person.value)).status).toBe(200);
    const answer = await getActivities(base, conversation, greeting.watermark);
    expect(answer.activities.map((activity) => activity.text ?? "").join("\n")).toMatch(
      lang === "en" ? /I have asked a member/ : /Ho chiesto a una persona dello staff/,
    );
    await expect.poll(() => rows.count()).toBe(before + 1);
    const row = rows.last();
    const id = await row.getAttribute("data-id");
    if (!id) throw new Error("queue row without an id");
    return id;
  }

  it("fits a 390-pixel phone screen on every console page, with the sign-out button in reach", async () => {
    const { page, problems } = await run.open(`${run.service.url}/console/login`, {
      width: 390,
      height: 844,
    });
    await expectAccessible(page, "login 390");
    await signIn(page, admin);
    await visitorAsksForAPerson(page);
    for (const path_ of [
      "/console",
      "/console/submissions",
      "/console/outbox",
      "/console/dashboard",
      "/console/staff",
      "/console/audit",
    ]) {
      await page.goto(`${run.service.url}${path_}`);
      await page.waitForLoadState("networkidle");
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `${path_} is ${width}px wide`).toBeLessThanOrEqual(390);
      const logout = await page.getByRole("button", { name: "Esci" }).boundingBox();
      expect(logout && logout.x + logout.width <= 390, `${path_}: "Esci" on screen`).toBe(true);
      await expectAccessible(page, `${path_} 390`);
    }
    await page.goto(`${run.service.url}/console`);
    const openLink = page.locator("#queue-table").getByRole("link", { name: /Apri la conversazione/ });
    await openLink.first().focus();
    const box = await openLink.first().boundingBox();
    expect(box && box.x + box.width <= 390, `"Apri" on screen`).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "10-queue-390.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("lets a keyboard user reach every scrollable table on the dashboard", async () => {
    const { page } = await openSignedIn(run, admin);
    await page.goto(`${run.service.url}/console/dashboard`);
    await page.locator("#unanswered-table tbody tr").first().waitFor();
    for (const summary of await page.locator("details summary").all()) await summary.click();
    await expectAccessible(page, "dashboard with the chart data open");
    const unreachable = await page.evaluate(() =>
      Array.from(document.querySelectorAll(".table-responsive"))
        .filter((box) => box.getAttribute("tabindex") !== "0" || !box.getAttribute("role"))
        .map((box) => box.id || box.outerHTML.slice(0, 80)),
    );
    expect(unreachable).toEqual([]);
  });

  it("shows a request's details as labelled facts, and keeps its status when Salva is pressed before the page has read it", async () => {
    const { page, problems } = await openSignedIn(run, admin);
    const id = await visitorAsksForAPerson(page);
    const submissionId = await createSubmission(id);
    await run.service.db.prisma.submission.update({
      where: { id: submissionId },
      data: { status: "contacted" },
    });
    // The page's read of the request answers late: "Salva" pressed meanwhile must not write the
    // list's first status ("Nuova") over the real one.
    const isRead = (url: URL) => url.pathname === `/console/api/submissions/${submissionId}`;
    await page.route(isRead, async (route) => {
      if (route.request().method() === "GET") await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${run.service.url}/console/submissions/${submissionId}`);
    const saved = page.waitForResponse(
      (response) => isRead(new URL(response.url())) && response.request().method() === "PATCH",
    );
    await page.getByRole("button", { name: "Salva" }).click();
    await saved;
    const stored = await run.service.db.prisma.submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(stored.status).toBe("contacted");
    const facts = page.locator("#submission-facts");
    await facts.locator("dt").first().waitFor();
    expect(await facts.textContent()).not.toContain("[object");
    expect(await facts.locator("dt").first().textContent()).toBe("Inviata");
    expect(await facts.locator("dt", { hasText: "Provincia" }).count()).toBe(1);
    expect(await facts.locator("dd").count()).toBe(await facts.locator("dt").count());
    await expectAccessible(page, "submission detail");
    await page.screenshot({ path: path.join(ARTIFACTS, "11-submission-detail.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("moves focus to the reply box after a keyboard claim and keeps it in sight in a 42-message conversation", async () => {
    const { page, problems } = await openSignedIn(run, admin);
    const id = await visitorAsksForAPerson(page);
    for (let i = 1; i <= 40; i++) {
      await insertOutboundMessage(run.service.db.prisma, {
        conversationId: id,
        direction: "bot",
        reply: {
          text: `Messaggio di prova numero ${i}, abbastanza lungo da occupare una riga intera.`,
          buttons: [],
          channelData: {},
        },
        now: new Date(),
      });
    }
    await page.goto(`${run.service.url}/console/conversations/${id}`);
    await page.locator("#transcript").getByText("Messaggio di prova numero 40,").waitFor();

    const claim = page.getByRole("button", { name: "Prendi in carico" });
    await claim.focus();
    await page.keyboard.press("Enter");
    const reply = page.getByLabel("Messaggio");
    await expect.poll(() => reply.evaluate((box) => box === document.activeElement)).toBe(true);

    const height = page.viewportSize()?.height ?? 0;
    const inSight = async (target: Locator) => {
      const box = await target.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= height;
    };
    await expect.poll(() => inSight(reply), { message: "the reply box inside the window" }).toBe(true);
    expect(await inSight(page.locator("#transcript li").last()), "the newest message in sight too").toBe(
      true,
    );
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2500);
    await expectAccessible(page, "long conversation");
    await page.screenshot({ path: path.join(ARTIFACTS, "12-long-conversation.png") });
    expect(problems).toEqual([]);
  });

  it("offers canned replies in the conversation's language and names intents and fields on the dashboard", async () => {
    const { page, problems } = await openSignedIn(run, admin);
    const id = await visitorAsksForAPerson(page, "en");
    // The page's first read of the conversation answers late, as on a busy server: until it does,
    // the page knows neither the conversation's state nor its language.
    const isFirstRead = (url: URL) =>
      url.pathname === `/console/api/conversations/${id}` && !url.searchParams.has("refresh");
    await page.route(isFirstRead, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.goto(`${run.service.url}/console/conversations/${id}`);
    await page.getByRole("button", { name: "Prendi in carico" }).click();
    const reply = page.getByLabel("Messaggio");
    await expect.poll(() => reply.isEnabled()).toBe(true);
    await page.getByLabel("Risposta predefinita").selectOption({ label: "Saluto" });
    expect(await reply.inputValue()).toMatch(/^Good morning, I am with the staff/);

    await page.goto(`${run.service.url}/console/dashboard`);
    await page.locator("#table-intents td").first().waitFor({ state: "attached" });
    const intents = await page.locator("#table-intents").textContent();
    expect(intents).toContain("Parlare con una persona");
    expect(intents).not.toMatch(/human_handoff|eligibility_check/);
    expect(problems).toEqual([]);
  });

  it("takes a staff member from the queue to a sent reply with the keyboard alone", async () => {
    const { page, problems } = await openSignedIn(run, admin);
    const id = await visitorAsksForAPerson(page);
    await page.goto(`${run.service.url}/console`);
    await page.locator(`#queue-table tr[data-id="${id}"]`).waitFor();
    /** Presses Tab until the element the selector names has focus (at most 60 times). */
    const tabTo = async (selector: string) => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) === true, selector))
          return;
      }
      throw new Error(`${selector} never reached with Tab`);
    };
    await tabTo(`#queue-table tr[data-id="${id}"] a`);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/console\/conversations\//);
    await tabTo("#claim");
    await page.keyboard.press("Enter");
    const reply = page.getByLabel("Messaggio");
    await expect.poll(() => reply.evaluate((box) => box === document.activeElement)).toBe(true);
    await page.keyboard.type("Buongiorno, la aiuto io.");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("reply-send");
    await page.keyboard.press("Enter");
    await page.locator("#transcript").getByText("Buongiorno, la aiuto io.").waitFor();
    expect(await reply.inputValue()).toBe("");
    expect(problems).toEqual([]);
  });

  /** A request as the family form files it, for the conversation the console shows. */
  function createSubmission(conversationId: string): Promise<string> {
    return seedSubmission(run.service.db, {
      reference: "CVL-2026-LAYOU",
      conversationId,
      province: "BG",
      atsId: "ats_bergamo",
      facts: [
        { label: "Nome", value: "Anna" },
        { label: "Comune", value: "Bergamo" },
      ],
      title: { it: "Richiesta di una famiglia", en: "Family request" },
    });
  }
});
