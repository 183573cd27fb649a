import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { createStaffAccount, type TestStaff } from "../../integration/console/support/consoleHarness.ts";
import { expectAccessible } from "../web/support/expectAccessible.ts";
import { useChromiumWithService } from "../web/support/useChromiumWithService.ts";
import { webChat } from "../web/support/webChat.ts";
import { openSignedIn, signIn } from "./support/signIn.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/console");
const { bubble, suggested, say } = webChat;

/**
 * The whole service in Debian's Chromium: a visitor in Web Chat asks for a person; a supervisor
 * in the console sees the request arrive live, takes it, answers, and hands it back to the bot.
 */
describe("the staff console with Web Chat, in Chromium", () => {
  const run = useChromiumWithService({
    env: { OFFICE_HOURS: "mon-sun 00:00-24:00" },
    artifacts: ARTIFACTS,
    timeout: 30_000,
  });
  let staff: TestStaff;
  let admin: TestStaff;

  beforeAll(async () => {
    staff = await createStaffAccount(run.service.db, "supervisor", null, "Giulia");
    admin = await createStaffAccount(run.service.db, "admin", null, "Amministratrice");
  });

  const transcript = (page: Page): Locator => page.locator("#transcript");

  it("carries a request for a person from Web Chat to the console and back to the bot", async () => {
    const console_ = await run.open(`${run.service.url}/console`);
    expect(console_.page.url()).toContain("/console/login");
    await expectAccessible(console_.page, "login");
    await console_.page.screenshot({ path: path.join(ARTIFACTS, "01-login.png") });
    await signIn(console_.page, staff);
    const queueRows = console_.page.locator("#queue-table tbody tr");
    await console_.page.getByText("Nessuna conversazione in coda.").waitFor();

    const visitor = await run.open(`${run.service.url}/`);
    await bubble(visitor.page, "Sono Conciliabot, l'assistente automatico").waitFor();
    await suggested(visitor.page, "Parlare con una persona").click();
    await bubble(visitor.page, "Ho chiesto a una persona dello staff").waitFor();
    await bubble(visitor.page, "Sei il primo in coda").waitFor();

    // Live: the queue row appears without reloading the console.
    await queueRows.first().waitFor();
    expect(await queueRows.count()).toBe(1);
    await expect.poll(() => queueRows.first().textContent()).toContain("L'utente ha chiesto una persona");
    expect(await queueRows.first().textContent()).toContain("Web");
    await expectAccessible(console_.page, "queue");
    await console_.page.screenshot({ path: path.join(ARTIFACTS, "02-queue-live.png"), fullPage: true });

    await queueRows
      .first()
      .getByRole("link", { name: /Apri la conversazione/ })
      .click();
    await console_.page.waitForURL(/\/console\/conversations\//);
    await transcript(console_.page).getByText("Parlare con una persona", { exact: true }).waitFor();
    expect(await transcript(console_.page).textContent()).toContain("Intento: human_handoff");

    // Claimed with the keyboard.
    const claim = console_.page.getByRole("button", { name: "Prendi in carico" });
    await claim.focus();
    await console_.page.keyboard.press("Enter");
    await expect.poll(() => claim.isDisabled()).toBe(true);
    await bubble(visitor.page, "ha preso in carico la conversazione").waitFor();

    const reply = console_.page.getByLabel("Messaggio");
    await expect.poll(() => reply.isEnabled()).toBe(true);
    await reply.fill("Buongiorno, sono Giulia dello staff del programma. Come posso aiutarla?");
    await console_.page.getByRole("button", { name: "Invia" }).click();
    await bubble(visitor.page, "sono Giulia dello staff del programma").waitFor();
    await visitor.page.screenshot({ path: path.join(ARTIFACTS, "03-webchat-staff-reply.png") });

    // The bot stays quiet while Giulia has the conversation; the console shows the message live.
    const botBubblesBefore = await bubble(visitor.page, /./).count();
    await say(visitor.page, "Grazie! Ho un bambino di 2 anni e lavoro a Bergamo.");
    await transcript(console_.page).getByText("Ho un bambino di 2 anni e lavoro a Bergamo").waitFor();
    await visitor.page.waitForTimeout(1_000);
    expect(await bubble(visitor.page, /./).count()).toBe(botBubblesBefore + 1);
    await expectAccessible(console_.page, "conversation");
    await console_.page.screenshot({ path: path.join(ARTIFACTS, "04-conversation.png"), fullPage: true });

    await console_.page.getByRole("button", { name: "Restituisci all'assistente" }).click();
    await bubble(visitor.page, "Ti rimetto in contatto con l'assistente automatico").waitFor();
    await say(visitor.page, "aiuto");
    await bubble(visitor.page, "Posso dirti quali azioni del programma").waitFor();
    await visitor.page.screenshot({ path: path.join(ARTIFACTS, "05-webchat-bot-again.png") });

    const origin = new URL(run.service.url).origin;
    expect(console_.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
    expect(console_.problems).toEqual([]);
  });

  it("shows what a user typed as text, never running it", async () => {
    const visitor = await run.open(`${run.service.url}/`);
    await bubble(visitor.page, "Sono Conciliabot, l'assistente automatico").waitFor();
    await suggested(visitor.page, "Parlare con una persona").click();
    await bubble(visitor.page, /in coda/)
      .last()
      .waitFor();
    await say(visitor.page, `<img src=x onerror="window.__xss = 'img'">`);
    await say(visitor.page, `<script>window.__xss = 'script'</script>`);
    await bubble(visitor.page, "<script>").waitFor();

    const console_ = await openSignedIn(run, staff);
    await console_.page.locator("#queue-table tbody tr").first().waitFor();
    await console_.page.locator("#queue-table tbody tr").last().getByRole("link").click();
    await transcript(console_.page).getByText(`<script>window.__xss = 'script'</script>`).waitFor();
    await transcript(console_.page).getByText(`<img src=x onerror="window.__xss = 'img'">`).waitFor();
    expect(await console_.page.evaluate(() => Reflect.get(window, "__xss"))).toBeUndefined();
    expect(await transcript(console_.page).locator("img, script").count()).toBe(0);
    await console_.page.screenshot({
      path: path.join(ARTIFACTS, "06-hostile-text-inert.png"),
      fullPage: true,
    });
    expect(console_.problems).toEqual([]);
  });

  it("keeps every console page accessible (axe, WCAG 2.1 AA) and usable from the keyboard", async () => {
    const watched = await openSignedIn(run, admin);
    const { page } = watched;
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Vai al contenuto principale",
    );
    const pages: Array<[string, string]> = [
      ["/console/submissions", "submissions"],
      ["/console/outbox", "outbox"],
      ["/console/dashboard", "dashboard"],
      ["/console/staff", "staff"],
      ["/console/audit", "audit"],
    ];
    for (const [path_, name] of pages) {
      await page.goto(`${run.service.url}${path_}`);
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, name);
      await page.screenshot({ path: path.join(ARTIFACTS, `07-${name}.png`), fullPage: true });
    }
    expect(await page.locator("#chart-conversations").count()).toBe(0);
    expect(watched.problems).toEqual([]);
    const origin = new URL(run.service.url).origin;
    expect(watched.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  });
});
