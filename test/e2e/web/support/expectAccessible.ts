import type { Page } from "playwright-core";
import { expect } from "vitest";
import { runAxe } from "./runAxe.ts";

/** Fails with every axe-core violation on the page as it is now, each named after `name`. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await runAxe(page);
  expect(
    violations.map((v) => `${name}: ${v.id} ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`),
  ).toEqual([]);
}
