import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";
import { z } from "zod";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const ResultsSchema = z.object({
  violations: z.array(
    z.object({
      id: z.string(),
      impact: z.string().nullable().optional(),
      help: z.string(),
      nodes: z.array(z.object({ target: z.array(z.unknown()), failureSummary: z.string().optional() })),
    }),
  ),
});
export type AxeViolation = z.infer<typeof ResultsSchema>["violations"][number];

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now. The script is evaluated
 * through the DevTools protocol, which the page's CSP does not govern, so the page under test
 * keeps its real policy.
 */
export async function runAxe(target: Page | Frame): Promise<AxeViolation[]> {
  await target.evaluate(AXE_SOURCE);
  const raw = await target.evaluate(() =>
    Reflect.get(window, "axe").run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    }),
  );
  return ResultsSchema.parse(raw).violations;
}
