import type { Page } from "playwright-core";
import type { TestStaff } from "../../../integration/console/support/consoleHarness.ts";

/** Signs `who` in on the console's login form the page shows and waits for the page it lands on. */
export async function signIn(page: Page, who: TestStaff, landing = /\/console$/): Promise<void> {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await page.waitForURL(landing);
}
