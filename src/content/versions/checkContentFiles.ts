import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { tryLoadContent } from "../tryLoadContent.ts";
import type { ContentFiles } from "./ContentFiles.ts";
import type { ContentProblem } from "./ContentProblem.ts";
import { toContentProblem } from "./toContentProblem.ts";
import { writeContentFiles } from "./writeContentFiles.ts";

/**
 * Runs the loader `content:check` runs on a version that is not on disk (a draft): written to a
 * temporary folder, checked, removed. Empty when the version could go live.
 */
export async function checkContentFiles(files: ContentFiles): Promise<ContentProblem[]> {
  const root = await mkdtemp(path.join(tmpdir(), "conciliabot-draft-"));
  const dir = path.join(root, "intents");
  try {
    await writeContentFiles(dir, files);
    const result = await tryLoadContent(dir);
    return result.ok ? [] : result.problems.map((p) => toContentProblem(p, dir));
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
