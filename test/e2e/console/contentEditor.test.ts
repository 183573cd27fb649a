import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { expectAccessible } from "../web/support/expectAccessible.ts";
import { useChromiumWithService } from "../web/support/useChromiumWithService.ts";
import { webChat } from "../web/support/webChat.ts";
import { seedUnanswered } from "./support/seedUnanswered.ts";
import { openSignedIn } from "./support/signIn.ts";

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
  const run = useChromiumWithService({ artifacts: ARTIFACTS, timeout: 30_000 });
  let supervisor: TestStaff;

  beforeAll(async () => {
    supervisor = await createStaffAccount(run.service.db, "supervisor", null, "Paola");
  });

  async function ask(text: string): Promise<string> {
    const { page } = await run.open(`${run.service.url}/`);
    await webChat.bubble(page, "Sono Conciliabot").first().waitFor();
    await webChat.say(page, text);
    const answer = webChat.bubble(page, /programmazione/).last();
    await answer.waitFor();
    return (await answer.textContent()) ?? "";
  }

  it("shows the file chosen from the list even when the file the page opened first answers after it", async () => {
    const { page } = await openSignedIn(run, supervisor, "/console/content");
    await page.getByText("Nessuna modifica in bozza").waitFor();
    const list = page.getByLabel("Contenuto da modificare");
    const first = await list.inputValue();
    expect(first).not.toBe("programme/periods.yaml");
    // The page has its first file: no answer of this load is mistaken for the next one's.
    await page.waitForLoadState("networkidle");
    // The page's own first file answers late, as on a busy server.
    const isFirst = (url: URL) =>
      url.pathname.endsWith("/content/draft/file") && url.searchParams.get("path") === first;
    await page.route(isFirst, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const late = page.waitForResponse((response) => isFirst(new URL(response.url())));
    await page.reload();
    await page.getByText("Nessuna modifica in bozza").waitFor();
    await list.selectOption("programme/periods.yaml");
    const add = page.getByRole("button", { name: "Aggiungi periodi (periods)" });
    await add.waitFor();
    await late;
    await page.waitForTimeout(500);
    await expect(list.inputValue()).resolves.toBe("programme/periods.yaml");
    expect(await add.isVisible()).toBe(true);
  });

  it("adds the 2025-2026 period through the console and the bot answers with it as the current one", async () => {
    expect(await ask("le domande sono ancora aperte?")).toContain("2017-2018");

    const { page } = await openSignedIn(run, supervisor, "/console/content");
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

    await expectAccessible(page, "content editor");

    await page.getByLabel("Nota di pubblicazione").fill("Nuova programmazione 2025-2026");
    await page.getByRole("button", { name: "Pubblica" }).click();
    await page.getByText("Pubblicata la versione 2").waitFor();
    await page.getByRole("tab", { name: "Versioni" }).click();
    await page.locator("#versions-table").getByText("Nuova programmazione 2025-2026").waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, "03-versions.png"), fullPage: false });

    const answer = await ask("le domande sono ancora aperte?");
    expect(answer).toContain("programmazione 2025-2026");
    expect(answer).not.toContain("non si possono più presentare");
    expect(run.problems()).toEqual([]);
  });

  it("turns a question the bot did not understand into a new NLU example from the dashboard", async () => {
    await seedUnanswered(run.service.db, "unanswered-1", {
      text: "forse un nido per la bimba?",
      intent: "family.childcare_voucher",
      confidence: 0.3,
    });

    const { page } = await openSignedIn(run, supervisor, "/console/dashboard");
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
    expect(run.problems()).toEqual([]);
  }, 180_000);
});
