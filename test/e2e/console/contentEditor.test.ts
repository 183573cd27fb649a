import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { launchChromium } from "../web/support/launchChromium.ts";
import { runAxe } from "../web/support/runAxe.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/content");

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Issue 17 in Debian's Chromium: a supervisor adds the 2025-2026 period in the console's content
 * editor, points the "can I still apply?" answer at it and publishes; a visitor in Web Chat then
 * hears that 2025-2026 is running. No code and no file is touched.
 */
describe("the content editor of the console, in Chromium", () => {
  let browser: Browser;
  let service: TestService;
  const contexts: BrowserContext[] = [];
  let supervisor: TestStaff;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [browser, service] = await Promise.all([launchChromium(), startTestService()]);
    supervisor = await createStaffAccount(service.db, "supervisor", null, "Paola");
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await service?.dispose();
  });

  async function open(url: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "it-IT" });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(url);
    return page;
  }

  async function ask(text: string): Promise<string> {
    const page = await open(`${service.url}/`);
    const chat = page.locator("#webchat");
    await chat.locator(".webchat__text-content", { hasText: "Sono Conciliabot" }).first().waitFor();
    const box = chat.getByRole("textbox");
    await box.fill(text);
    await box.press("Enter");
    const answer = chat.locator(".webchat__text-content", { hasText: /programmazione/ }).last();
    await answer.waitFor();
    return (await answer.textContent()) ?? "";
  }

  it("adds the 2025-2026 period through the console and the bot answers with it as the current one", async () => {
    expect(await ask("le domande sono ancora aperte?")).toContain("2017-2018");

    const page = await open(`${service.url}/console/content`);
    await page.getByLabel("Email").fill(supervisor.email);
    await page.getByLabel("Password").fill(supervisor.password);
    await page.getByRole("button", { name: "Accedi" }).click();
    await page.waitForURL(/\/console\/content$/);
    await page.getByText("Nessuna modifica in bozza").waitFor();

    await page.getByLabel("Contenuto da modificare").selectOption("programme/periods.yaml");
    await page.getByRole("button", { name: "Aggiungi periodi (periods)" }).click();
    const period = page.locator('details[data-path="periods.3"]');
    await period.getByLabel("identificativo (id)", { exact: true }).fill("p2025_2026");
    await period.getByLabel("tipo (kind)", { exact: true }).selectOption("programme");
    await period.getByLabel("nome (name) · Italiano").fill("programmazione 2025-2026");
    await period.getByLabel("nome (name) · English").fill("2025-2026 programme");
    const start = period.locator('fieldset[data-path="periods.3.start"]');
    await start.getByLabel("data (date)", { exact: true }).fill(isoDay(-300));
    await start.getByLabel("precisione (precision)", { exact: true }).selectOption("day");
    await start
      .getByLabel("fonte (source)", { exact: true })
      .fill("Delibera regionale di approvazione della programmazione 2025-2026");
    await period.getByRole("button", { name: "+ aggiungi «fine (end)»" }).click();
    const end = page.locator('fieldset[data-path="periods.3.end"]');
    await end.getByLabel("data (date)", { exact: true }).fill(isoDay(400));
    await end.getByLabel("precisione (precision)", { exact: true }).selectOption("day");
    await end
      .getByLabel("fonte (source)", { exact: true })
      .fill("Le attività si concludono entro la fine della programmazione");
    await page.getByRole("button", { name: "Salva nella bozza" }).click();
    await page.getByText("Salvato nella bozza. I contenuti sono validi.").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "01-new-period.png"), fullPage: false });

    await page.getByLabel("Contenuto da modificare").selectOption("programme/topics.yaml");
    const summary = page.locator("summary", { hasText: "· apply_now" });
    await summary.click();
    const applyNow = summary.locator("..");
    const periodField = applyNow.getByLabel("periodo (period)", { exact: true });
    expect(await periodField.inputValue()).toBe("p2017_2018");
    await periodField.fill("p2025_2026");
    await page.getByRole("button", { name: "Salva nella bozza" }).click();
    await page.getByText("Salvato nella bozza. I contenuti sono validi.").waitFor();
    await expect.poll(() => page.locator("#draft-status").textContent()).toContain("programme/topics.yaml");

    // The preview chat talks to the draft while the live bot still says 2017-2018.
    await page.getByRole("tab", { name: "Anteprima" }).click();
    await page.getByLabel("Messaggio di prova").fill("le domande sono ancora aperte?");
    await page.getByRole("button", { name: "Invia" }).click();
    await page.locator("#preview-log li.from-bot", { hasText: "programmazione 2025-2026" }).waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "02-preview.png"), fullPage: false });
    expect(await ask("le domande sono ancora aperte?")).toContain("2017-2018");
    await page.getByRole("tab", { name: "Modifica" }).click();

    const violations = await runAxe(page);
    expect(violations.map((v) => `${v.id} ${v.help}`)).toEqual([]);

    await page.getByLabel("Nota di pubblicazione").fill("Nuova programmazione 2025-2026");
    await page.getByRole("button", { name: "Pubblica" }).click();
    await page.getByText("Pubblicata la versione 2").waitFor();
    await page.getByRole("tab", { name: "Versioni" }).click();
    await page.locator("#versions-table").getByText("Nuova programmazione 2025-2026").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "03-versions.png"), fullPage: false });

    const answer = await ask("le domande sono ancora aperte?");
    expect(answer).toContain("programmazione 2025-2026");
    expect(answer).not.toContain("non si possono più presentare");
    expect(problems).toEqual([]);
  });

  it("turns a question the bot did not understand into a new NLU example from the dashboard", async () => {
    // A message the bot understood with little confidence, as the service stores it.
    const conversation = await service.db.prisma.conversation.create({
      data: { id: "unanswered-1", channel: "web", externalKey: "unanswered-1", state: {} },
    });
    await service.db.prisma.message.create({
      data: {
        conversationId: conversation.id,
        direction: "in",
        text: "forse un nido per la bimba?",
        intent: "family.childcare_voucher",
        confidence: 0.3,
      },
    });

    const page = await open(`${service.url}/console/dashboard`);
    await page.getByLabel("Email").fill(supervisor.email);
    await page.getByLabel("Password").fill(supervisor.password);
    await page.getByRole("button", { name: "Accedi" }).click();
    await page.waitForURL(/\/console\/dashboard$/);
    const row = page.locator("#unanswered-table tbody tr", { hasText: "forse un nido per la bimba?" });
    await row.getByRole("link", { name: "Nuovo esempio" }).click();
    await page.waitForURL(/\/console\/content\?example=/);
    await expect.poll(() => page.getByLabel("Frase").inputValue()).toBe("forse un nido per la bimba?");
    await page.getByLabel("Intento").selectOption("nlu/family.childcare_voucher.yaml");
    await page.getByRole("button", { name: "Aggiungi alla bozza" }).click();
    await page.getByText("Esempio aggiunto alla bozza in nlu/family.childcare_voucher.yaml").waitFor();
    await expect
      .poll(() => page.locator("#draft-status").textContent())
      .toContain("nlu/family.childcare_voucher.yaml");

    await page.getByRole("tab", { name: "Anteprima" }).click();
    await page.getByRole("button", { name: "Confronta gli esempi" }).click();
    const changes = page.locator("#nlu-result table");
    await changes.waitFor({ timeout: 120_000 });
    expect(await changes.textContent()).toContain("forse un nido per la bimba?");
    await page.screenshot({ path: path.join(ARTIFACTS, "04-nlu-examples.png"), fullPage: false });
    expect(problems).toEqual([]);
  }, 180_000);
});
