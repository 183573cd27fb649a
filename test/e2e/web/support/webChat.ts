import type { Page } from "playwright-core";

const chat = (page: Page) => page.locator("#webchat");
const toolbar = (page: Page) => chat(page).getByRole("toolbar");
const sendBox = (page: Page) => chat(page).getByRole("textbox");
/** A bubble's text (Web Chat also keeps copies of it for screen readers). */
const bubble = (page: Page, text: string | RegExp) =>
  chat(page).locator(".webchat__text-content", { hasText: text });
/** A suggested action under the last message. */
const suggested = (page: Page, name: string) => toolbar(page).getByRole("button", { name, exact: true });

/** The parts of the public chat a visitor sees and uses, found as a visitor finds them. */
export const webChat = {
  chat,
  bubble,
  toolbar,
  suggested,
  sendBox,
  /** Types a message and sends it with Enter. */
  say: async (page: Page, text: string) => {
    await sendBox(page).fill(text);
    await sendBox(page).press("Enter");
  },
  /** From the greeting through the family interview by buttons, up to the question of the province. */
  familyUpToProvince: async (page: Page) => {
    await bubble(page, "Sono Conciliabot, l'assistente automatico").waitFor();
    await suggested(page, "Famiglia").click();
    await bubble(page, "Quanti anni hanno i figli").waitFor();
    await suggested(page, "Meno di 3 anni").click();
    await bubble(page, "chi si occupa dei figli o dei familiari lavora?").waitFor();
    await suggested(page, "Sì").click();
    await bubble(page, "ricevi già un aiuto da altre misure pubbliche").waitFor();
    await suggested(page, "No").click();
    await bubble(page, "In quale provincia o comune").waitFor();
  },
};
