import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { insertOutboundMessage } from "../../../src/persistence/handoff/insertOutboundMessage.ts";
import { expectAccessible } from "./support/expectAccessible.ts";
import { useChromiumWithService } from "./support/useChromiumWithService.ts";
import { webChat } from "./support/webChat.ts";

const ARTIFACTS = path.resolve(import.meta.dirname, "../../../test-artifacts/web");
const { chat, bubble, toolbar, suggested, sendBox, say } = webChat;

/**
 * What a citizen sees in the chat, in Chromium: a person looks like a person, links work, the
 * message box is in the window, the language of the page is the conversation's, times are
 * Italian, long messages get an answer, and every question can be answered with buttons.
 */
describe("the public chat as a citizen sees it, in Chromium", () => {
  const run = useChromiumWithService({
    env: { OFFICE_HOURS: "mon-sun 00:00-24:00" },
    artifacts: ARTIFACTS,
    timeout: 30_000,
  });
  const open = (url: string, width = 1366, height = 900) => run.open(url, { width, height });
  const inWindow = async (page: Page, target: Locator) => {
    const box = await target.boundingBox();
    const height = page.viewportSize()?.height ?? 0;
    return box !== null && box.y >= 0 && box.y + box.height <= height;
  };

  it("keeps the message box in the window on first load, on a desktop and on a phone", async () => {
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      const watched = await open(`${run.service.url}/`, width, height);
      const { page, problems } = watched;
      await bubble(page, "Come posso aiutarti?").waitFor();
      expect(await inWindow(page, sendBox(page)), `message box at ${width}×${height}`).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: path.join(ARTIFACTS, `first-load-${width}.png`) });
      await expectAccessible(page, `chat ${width}`);
      expect(problems).toEqual([]);
      await run.release(watched);
    }
  });

  it("starts an English conversation at /en even after an Italian one in the same browser", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await bubble(page, "Sono Conciliabot, l'assistente automatico").waitFor();
    const italian = await chat(page).getAttribute("data-conversation-id");
    await page.goto(`${run.service.url}/en`);
    await bubble(page, "I am Conciliabot, the automatic assistant").waitFor();
    expect(await suggested(page, "Family").isVisible()).toBe(true);
    expect(await chat(page).getAttribute("data-conversation-id")).not.toBe(italian);
    await page.goto(`${run.service.url}/`);
    await bubble(page, "Sono Conciliabot, l'assistente automatico").waitFor();
    expect(await chat(page).getAttribute("data-conversation-id")).toBe(italian);
    expect(problems).toEqual([]);
  });

  it("shows a staff member's reply with their name and their own avatar, with clickable links, in 24-hour time", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await bubble(page, "Sono Conciliabot, l'assistente automatico").waitFor();
    await suggested(page, "Parlare con una persona").click();
    await bubble(page, "Ho chiesto a una persona dello staff").waitFor();
    const externalKey = await chat(page).getAttribute("data-conversation-id");
    const conversation = await run.service.db.prisma.conversation.findFirstOrThrow({
      where: { externalKey: externalKey ?? "" },
      select: { id: true },
    });
    await insertOutboundMessage(run.service.db.prisma, {
      conversationId: conversation.id,
      direction: "staff",
      reply: {
        text: "Buongiorno, sono Anna. Trova i bandi su https://www.regione.lombardia.it oppure scriva a conciliazione@regione.lombardia.it.",
        buttons: [],
        channelData: { handoff: "with_staff", staffName: "Anna Bianchi" },
      },
      now: new Date(),
    });
    await page.reload();
    const staffBubble = bubble(page, "Buongiorno, sono Anna");
    await staffBubble.waitFor();
    expect(await staffBubble.locator("strong").first().textContent()).toBe(
      "Anna Bianchi · staff del programma",
    );
    const row = chat(page).locator(".webchat__stacked-layout", {
      has: page.locator(".webchat__text-content", { hasText: "Buongiorno, sono Anna" }),
    });

    await expect.poll(() => row.locator(".chat-staff-avatar").textContent()).toBe("AB");
    const botAvatar = chat(page)
      .locator(".webchat__stacked-layout", {
        has: page.locator(".webchat__text-content", { hasText: "Sono Conciliabot" }),
      })
      .locator(".webchat__initialsAvatar");
    expect(await botAvatar.first().textContent()).toBe("CB");
    const colours = await Promise.all(
      [row.locator(".webchat__initialsAvatar"), botAvatar.first()].map((avatar) =>
        avatar.evaluate((node) => getComputedStyle(node).backgroundColor),
      ),
    );
    expect(colours[0]).not.toBe(colours[1]);

    expect(
      await staffBubble.getByRole("link", { name: "https://www.regione.lombardia.it" }).getAttribute("href"),
    ).toBe("https://www.regione.lombardia.it");
    expect(
      await staffBubble
        .getByRole("link", { name: "conciliazione@regione.lombardia.it" })
        .getAttribute("href"),
    ).toBe("mailto:conciliazione@regione.lombardia.it");

    // What a screen reader hears names the person, not "the bot".
    const spoken = await chat(page)
      .locator("[id^=webchat__basic-transcript__active-descendant], article")
      .allTextContents();
    expect(spoken.join(" ")).not.toMatch(/Il bot CB ha detto: Buongiorno, sono Anna/);
    const fallback = await page.evaluate(() => document.body.textContent ?? "");
    expect(fallback).not.toMatch(/\b\d{1,2}:\d{2}\s?(AM|PM)\b/i);
    await expect
      .poll(async () => (await chat(page).textContent())?.match(/\b\d{2}:\d{2}\b/) !== null)
      .toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, "staff-reply.png") });
    await expectAccessible(page, "chat with a staff reply");
    expect(problems).toEqual([]);
  });

  it("limits the message box to 4000 characters with a counter, and answers a longer message politely", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await bubble(page, "Come posso aiutarti?").waitFor();
    await expect.poll(() => sendBox(page).getAttribute("maxlength")).toBe("4000");
    await sendBox(page).pressSequentially("Ciao");
    expect(await page.locator("#chat-counter").textContent()).toBe("4 di 4000 caratteri");
    // Another client (or a script) may still send more: the server answers instead of failing.
    // (a larger limit, not none: the page puts its own back on a box without one)
    await sendBox(page).evaluate((box) => box.setAttribute("maxlength", "100000"));
    await say(page, "a".repeat(4500));
    await bubble(page, "supera i 4000 caratteri").waitFor();
    // The answer is part of the conversation, not only a notice on the live stream.
    await page.reload();
    await bubble(page, "supera i 4000 caratteri").waitFor();
    expect(problems).toEqual([]);
  });

  it("asks the province with the 12 provinces and «Altro» as buttons, and gives the verdict in short messages", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await webChat.familyUpToProvince(page);
    expect(await toolbar(page).getByRole("button").count()).toBe(13);
    await suggested(page, "Altro").click();
    await bubble(page, "12 province lombarde").waitFor();
    // The bot's own words carry links too: the programme mailbox opens the mail program.
    expect(
      await bubble(page, "12 province lombarde")
        .getByRole("link", { name: "conciliazione@regione.lombardia.it" })
        .getAttribute("href"),
    ).toBe("mailto:conciliazione@regione.lombardia.it");
    await suggested(page, "Bergamo").click();
    await bubble(page, "In base alle tue risposte").waitFor();
    await bubble(page, "ATS di Bergamo").waitFor();
    await suggested(page, "Lascia una richiesta").waitFor();
    const verdict = await chat(page).locator(".webchat__text-content").allTextContents();
    const from = verdict.findIndex((text) => text.includes("In base alle tue risposte"));
    const parts = verdict.slice(from);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(part.length, part).toBeLessThanOrEqual(700);
    await page.screenshot({ path: path.join(ARTIFACTS, "verdict-short-messages.png"), fullPage: true });
    expect(problems).toEqual([]);
  });

  it("shows the summary's buttons once; an «Invia» of an older summary sends nothing, and a pressed one says the request was already sent", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await bubble(page, "Come posso aiutarti?").waitFor();
    await say(page, "Cerco un nido per mio figlio di 18 mesi, abito a Milano");
    await bubble(page, /lavora\?/).waitFor();
    await suggested(page, "Sì").click();
    await bubble(page, "ricevi già un aiuto").waitFor();
    await suggested(page, "No").click();
    await suggested(page, "Lascia una richiesta").click();
    await suggested(page, "Acconsento").click();
    const steps: Array<[string, RegExp]> = [
      ["Giulia Verdi", /codice fiscale/i],
      ["VRDLCU79E55F205Q", /comune/i],
      ["Milano", /bisogno|servizio/i],
      ["Nido, baby-sitting", /figli/i],
      ["18 mesi", /email/i],
      ["giulia.verdi@example.it", /telefono/i],
      ["salta", /aggiungere qualcosa/i],
      ["salta", /Controlla i dati/],
      ["modifica email", /email/i],
      ["giulia@example.org", /Controlla i dati/],
    ];
    for (const [answer, next] of steps) {
      const before = await bubble(page, next).count();
      await say(page, answer);
      await expect
        .poll(() => bubble(page, next).count(), {
          message: `after «${answer}»: ${(await chat(page).locator(".webchat__text-content").allTextContents()).slice(-2).join(" | ")}`,
        })
        .toBeGreaterThan(before);
    }
    const cards = chat(page).locator(".ac-adaptiveCard");
    await expect.poll(() => cards.count()).toBe(2);
    const [older, current] = [cards.first(), cards.last()];
    expect(await current.textContent()).toContain("giulia@example.org");
    expect(await toolbar(page).getByRole("button", { name: "Invia", exact: true }).count()).toBe(0);

    await older.getByRole("button", { name: "Invia" }).click();
    await bubble(page, "Questa scheda non è più attuale").waitFor();
    expect(await run.service.db.prisma.submission.count({ where: { reference: { not: "" } } })).toBe(0);

    await current.getByRole("button", { name: "Invia" }).click();
    await bubble(page, "Richiesta inviata!").waitFor();
    const reference = (await bubble(page, "Richiesta inviata!").textContent())?.match(
      /CVL-[A-Z0-9]+-[A-Z0-9]+/,
    )?.[0];
    expect(reference).toBeTruthy();

    await current.getByRole("button", { name: "Invia" }).click();
    await bubble(page, "già stata inviata").waitFor();
    expect(await bubble(page, "già stata inviata").textContent()).toContain(reference ?? "?");
    await older.getByRole("button", { name: "Invia" }).click();
    await bubble(page, "Quel riepilogo non è più aperto").waitFor();
    expect(await run.service.db.prisma.submission.count({ where: { reference: { not: "" } } })).toBe(1);
    // The user's own bubbles show the button's label, never the card's id the value carries.
    const texts = await chat(page).locator(".webchat__text-content").allTextContents();
    expect(texts.filter((text) => /#[0-9a-f]{8}/.test(text))).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "stale-submit.png"), fullPage: true });
    await expectAccessible(page, "chat with two summaries");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "chat with two summaries at 390 px");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(problems).toEqual([]);
  });

  it("takes a family from the greeting to a submitted request with the keyboard alone", async () => {
    const { page, problems } = await open(`${run.service.url}/`);
    await bubble(page, "Come posso aiutarti?").waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await sendBox(page).evaluate((box) => box === document.activeElement)).toBe(true);
    /** Types an answer and presses Enter, then waits for the bot's next question. */
    const answer = async (text: string, next: RegExp) => {
      const before = await bubble(page, next).count();
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      await expect.poll(() => bubble(page, next).count()).toBeGreaterThan(before);
    };
    await answer("Cerco un nido per mio figlio di 18 mesi, abito a Milano", /lavora\?/);
    // A suggested action, reached from the message box with Shift+Tab and pressed with Enter. The
    // buttons can appear a moment after the question's bubble, and Web Chat's toolbar is entered
    // on the button it last marked (a roving tab index), so Home picks the first, as a keyboard
    // user would. The roving index (and its keys) is set up by an effect after the buttons are
    // drawn: until then every button is a tab stop and Home does nothing, so the test waits for it
    // (on a busy machine that moment was long enough for Shift+Tab to land on «No» and stay).
    await suggested(page, "Sì").waitFor();
    await expect.poll(() => suggested(page, "No").getAttribute("tabindex")).toBe("-1");
    await page.keyboard.press("Shift+Tab");
    expect(
      await toolbar(page).evaluate((bar) => bar.contains(document.activeElement)),
      "in the suggested actions",
    ).toBe(true);
    await page.keyboard.press("Home");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Sì");
    await page.keyboard.press("Enter");
    await bubble(page, "ricevi già un aiuto").waitFor();
    expect(
      await sendBox(page).evaluate((box) => box === document.activeElement),
      "back in the message box",
    ).toBe(true);
    await answer("No", /In base alle tue risposte/);
    await answer("Lascia una richiesta", /Acconsenti/);
    await answer("Acconsento", /nome/i);
    await answer("Giulia Verdi", /codice fiscale/i);
    await answer("VRDLCU79E55F205Q", /comune/i);
    await answer("Milano", /bisogno|servizio/i);
    await answer("Nido, baby-sitting", /figli/i);
    await answer("18 mesi", /email/i);
    await answer("giulia.verdi@example.it", /telefono/i);
    await answer("salta", /aggiungere qualcosa/i);
    await answer("salta", /Controlla i dati/);
    // The summary card's own «Invia», reached with the keyboard: Shift+Tab from the message box
    // back to the transcript (its last message is the card), Enter into the card, Tab to «Invia».
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement;
        return {
          tag: element?.tagName,
          name: element?.getAttribute("aria-label") ?? element?.textContent ?? "",
        };
      });
    for (let presses = 0; presses < 4; presses++) {
      await page.keyboard.press("Shift+Tab");
      if ((await focused()).name.startsWith("Cronologia chat")) break;
    }
    expect((await focused()).name, "the transcript").toMatch(/^Cronologia chat/);
    await page.keyboard.press("Enter");
    for (let presses = 0; presses < 6; presses++) {
      const now = await focused();
      if (now.tag === "BUTTON" && now.name.includes("Invia")) break;
      await page.keyboard.press("Tab");
    }
    expect(await focused(), "the card's «Invia»").toMatchObject({
      tag: "BUTTON",
      name: expect.stringContaining("Invia"),
    });
    await page.keyboard.press("Enter");
    await bubble(page, "Richiesta inviata!").waitFor();
    expect(problems).toEqual([]);
  });
});
