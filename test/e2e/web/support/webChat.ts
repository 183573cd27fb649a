import type { Page } from "playwright-core";

const chat = (page: Page) => page.locator("#webchat");
const toolbar = (page: Page) => chat(page).getByRole("toolbar");
const sendBox = (page: Page) => chat(page).getByRole("textbox");

/** The parts of the public chat a visitor sees and uses, found as a visitor finds them. */
export const webChat = {
  chat,
  /** A bubble's text (Web Chat also keeps copies of it for screen readers). */
  bubble: (page: Page, text: string | RegExp) =>
    chat(page).locator(".webchat__text-content", { hasText: text }),
  toolbar,
  /** A suggested action under the last message. */
  suggested: (page: Page, name: string) => toolbar(page).getByRole("button", { name, exact: true }),
  sendBox,
  /** Types a message and sends it with Enter. */
  say: async (page: Page, text: string) => {
    await sendBox(page).fill(text);
    await sendBox(page).press("Enter");
  },
};
