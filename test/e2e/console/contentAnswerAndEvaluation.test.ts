import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { StaffClient } from "../../integration/console/support/StaffClient.ts";
import { expectAccessible } from "../web/support/expectAccessible.ts";
import { useChromiumWithService } from "../web/support/useChromiumWithService.ts";
import { seedUnanswered } from "./support/seedUnanswered.ts";
import { openSignedIn } from "./support/signIn.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/content");
const QUESTION = "posso portare il cane al centro estivo?";
const ANSWER_IT = "Dipende dal centro estivo: chiedi direttamente a chi lo organizza.";
const ANSWER_EN = "It depends on the summer camp: ask whoever runs it.";

const FactsFileSchema = z.object({
  revision: z.number(),
  data: z.looseObject({
    model_2017_2018: z.looseObject({ regional_budget: z.looseObject({ value: z.string() }) }),
  }),
});

/**
 * Issue 17 in Debian's Chromium, the editor's two links with the rest of the service: a question
 * the bot did not answer becomes a new answer (Italian and English) from the dashboard, which the
 * preview chat then gives; and "Valuta la bozza" runs the dialogue and fact evaluations on the
 * server and lists what the draft breaks, with what was expected and what the bot said.
 */
describe("new answers and draft evaluation in the content editor, in Chromium", () => {
  const run = useChromiumWithService({ artifacts: ARTIFACTS, timeout: 30_000 });
  let supervisor: TestStaff;

  beforeAll(async () => {
    supervisor = await createStaffAccount(run.service.db, "supervisor", null, "Paola");
  });

  it("turns a question the bot did not answer into a new answer in both languages, which the preview then gives", async () => {
    await seedUnanswered(run.service.db, "unanswered-answer", {
      text: QUESTION,
      intent: "out_of_scope",
      confidence: 0.2,
    });

    const { page } = await openSignedIn(run, supervisor, "/console/dashboard");
    const row = page.locator("#unanswered-table tbody tr", { hasText: QUESTION });
    await row.getByRole("link", { name: "Nuova risposta" }).click();
    await page.waitForURL(/\/console\/content\?answer=/);
    await expect.poll(() => page.getByLabel("Domanda e varianti (una per riga)").inputValue()).toBe(QUESTION);

    // Without the English text the browser does not send it: both languages are required.
    await page.getByLabel("Risposta · Italiano").fill(ANSWER_IT);
    await page.getByRole("button", { name: "Aggiungi la risposta alla bozza" }).click();
    expect(await page.getByLabel("Risposta · English").evaluate((e) => e.matches(":invalid"))).toBe(true);
    expect(await page.locator("#draft-status").textContent()).toContain("Nessuna modifica in bozza");

    await page.getByLabel("Risposta · English").fill(ANSWER_EN);
    await expectAccessible(page, "new answer");
    await page.getByRole("button", { name: "Aggiungi la risposta alla bozza" }).click();
    await page.getByText("Risposta aggiunta alla bozza nel tema contacts").waitFor();
    const status = await page.locator("#draft-status").textContent();
    expect(status).toContain("programme/topics.yaml");
    expect(status).toContain("programme/concepts.yaml");
    await page.screenshot({ path: path.join(ARTIFACTS, "05-new-answer.png"), fullPage: false });

    await page.getByRole("tab", { name: "Anteprima" }).click();
    await page.getByLabel("Messaggio di prova").fill(QUESTION);
    await page.getByRole("button", { name: "Invia" }).click();
    await page.locator("#preview-log li.from-bot", { hasText: ANSWER_IT }).waitFor();
    expect(run.problems()).toEqual([]);
  }, 120_000);

  it("evaluates the draft on the server and lists the questions it makes fail", async () => {
    // A wrong figure in the draft, saved through the API as the editor's form would save it.
    const api = await StaffClient.login(run.service.url, supervisor.email, supervisor.password);
    const draft = z
      .object({ revision: z.number() })
      .parse((await api.json("/console/api/content/draft")).body);
    const facts = FactsFileSchema.parse(
      (await api.json("/console/api/content/draft/file?path=programme%2Ffacts.yaml")).body,
    );
    facts.data.model_2017_2018.regional_budget.value = "4 milioni";
    const saved = await api.json("/console/api/content/draft/files", {
      method: "PUT",
      body: { revision: draft.revision, edits: [{ path: "programme/facts.yaml", data: facts.data }] },
    });
    expect(saved.status).toBe(200);

    const { page } = await openSignedIn(run, supervisor, "/console/content");
    await page.getByRole("tab", { name: "Anteprima" }).click();
    await page
      .getByLabel("Solo i dialoghi e le domande il cui nome contiene (facoltativo)")
      .fill("regional budget");
    await page.getByRole("button", { name: "Valuta la bozza" }).click();
    await page.getByText("Valutazione in corso sul server").waitFor();
    await page.getByText("Valutazione conclusa").waitFor({ timeout: 240_000 });

    const result = page.locator("#eval-facts");
    expect(await result.textContent()).toContain("Domande superate: 4/4 (100%) con la versione pubblicata");
    const failing = result.locator("li", { hasText: "regional budget" }).first();
    const text = (await failing.textContent()) ?? "";
    expect(text).toContain("Atteso: una tra «3,5 milioni»");
    expect(text).toContain("4 milioni");
    await page.screenshot({ path: path.join(ARTIFACTS, "06-draft-evaluation.png"), fullPage: true });
    await expectAccessible(page, "draft evaluation");
    expect(run.problems()).toEqual([]);
  }, 300_000);
});
