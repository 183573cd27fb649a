import type { Page } from "playwright-core";
import type { TestStaff } from "../../../integration/console/support/consoleHarness.ts";
import type { ChromiumWithService } from "../../web/support/useChromiumWithService.ts";

/** Signs `who` in on the console's login form the page shows and waits for the page it lands on. */
export async function signIn(page: Page, who: TestStaff, landing = /\/console$/): Promise<void> {
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Accedi" }).click();
  await page.waitForURL(landing);
}

/** Opens the console's `path` in a new page, where the login form shows, and signs `who` in to it. */
export async function openSignedIn(run: ChromiumWithService, who: TestStaff, path = "/console/login") {
  const watched = await run.open(`${run.service.url}${path}`);
  await signIn(watched.page, who, path === "/console/login" ? /\/console$/ : new RegExp(`${path}$`));
  return watched;
}
