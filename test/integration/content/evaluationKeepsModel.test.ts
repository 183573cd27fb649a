import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { contentEvaluateCommand } from "../../../src/app/commands/contentEvaluateCommand.ts";
import { loadContent } from "../../../src/content/loadContent.ts";
import { hashTrainingData } from "../../../src/conversation/nlu/hashTrainingData.ts";
import { createModelFileCache } from "../../../src/persistence/createModelFileCache.ts";
import { testDbKind } from "../../support/testDatabase.ts";

const INTENTS = path.resolve(import.meta.dirname, "../../../intents");

/** Runs `content:evaluate` in this process and returns the report's line instead of printing it. */
async function evaluate(args: string[]): Promise<{ code: number; report: string }> {
  let report = "";
  const write = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    report += String(chunk);
    return true;
  });
  try {
    return { code: await contentEvaluateCommand(args), report };
  } finally {
    write.mockRestore();
  }
}

/** The report without its duration. */
function resultsOf(report: string): Record<string, unknown> {
  const parsed = z.record(z.string(), z.unknown()).parse(JSON.parse(report));
  delete parsed.seconds;
  return parsed;
}

// An evaluation always runs on an embedded database of its own, whatever the instance's.
describe.runIf(testDbKind() === "pglite")("the NLU model a draft evaluation trains", () => {
  const folders: string[] = [];
  afterAll(async () => {
    for (const folder of folders) await rm(folder, { recursive: true, force: true });
  });

  it("is kept in the instance's data folder, so evaluating the same content again does not train it again", async () => {
    const models = await mkdtemp(path.join(tmpdir(), "conciliabot-models-"));
    folders.push(models);
    const model = createModelFileCache(models).fileOf(
      hashTrainingData((await loadContent(INTENTS, "understanding")).training),
    );
    const args = ["--models", models, "--filter", "regional budget", INTENTS];

    const first = await evaluate(args);
    expect(first.code).toBe(0);
    expect(first.report).toContain('"facts":{"items":{"passed":4,"total":4}');
    const kept = await stat(model);
    const trained = await readFile(model, "utf8");

    const second = await evaluate(args);
    expect(second.code).toBe(0);
    expect(resultsOf(second.report)).toEqual(resultsOf(first.report));
    expect((await stat(model)).mtimeMs).toBe(kept.mtimeMs);
    expect(await readFile(model, "utf8")).toBe(trained);
  });
});
