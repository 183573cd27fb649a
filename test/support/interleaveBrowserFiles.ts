import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The project whose files drive Chromium (see vitest.config.ts). */
const BROWSER_PROJECT = "e2e";

/**
 * Vitest's order (projects in turn, longest files first), with the browser files spread evenly
 * through its first half instead of last on their own: they take turns (holdBrowserTurn) while the
 * other files use the rest of the machine, rather than running one at a time after everything
 * else. The first half, because they are the longest files: spread over the whole order, the last
 * of them started among the short unit files and ran alone at the end.
 */
export class InterleaveBrowserFiles extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((spec) => spec.project.name === BROWSER_PROJECT);
    const others = sorted.filter((spec) => spec.project.name !== BROWSER_PROJECT);
    if (browser.length === 0 || others.length === 0) return sorted;
    const every = Math.max(1, Math.floor(others.length / 2 / browser.length));
    const result: TestSpecification[] = [];
    others.forEach((spec, index) => {
      if (index % every === 0 && browser.length > 0) {
        const next = browser.shift();
        if (next) result.push(next);
      }
      result.push(spec);
    });
    return [...result, ...browser];
  }
}
