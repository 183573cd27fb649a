import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError } from "../../src/content/ContentError.ts";
import { loadContent } from "../../src/content/loadContent.ts";

const INTENTS = path.resolve(import.meta.dirname, "../../intents");
let dir: string | undefined;

async function copyOfIntents(): Promise<string> {
  dir = await mkdtemp(path.join(tmpdir(), "conciliabot-forms-"));
  await cp(INTENTS, dir, { recursive: true });
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe("the dialog's data files", () => {
  it("load: three forms, Italian and English texts", async () => {
    const content = await loadContent(INTENTS);
    expect(Object.keys(content.forms).sort()).toEqual([
      "family_request",
      "firm_request",
      "self_employment_project",
    ]);
    expect(content.responses.en.opening.intro).toContain("automatic assistant");
  });

  it("a broken form stops the start with the file, the place inside it and what is wrong", async () => {
    const copy = await copyOfIntents();
    const file = path.join(copy, "forms", "family_request.yaml");
    const source = await readFile(file, "utf8");
    await writeFile(file, source.replace("type: codice_fiscale", "type: fiscal_code"));
    const error = await loadContent(copy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = error instanceof ContentError ? error.problems.join("\n") : "";
    expect(problems).toContain("family_request.yaml");
    expect(problems).toMatch(/fields\[1\]\.type/);
    expect(problems).toContain('"fiscal_code"');
  });

  it("a text missing in English stops the start", async () => {
    const copy = await copyOfIntents();
    const file = path.join(copy, "responses", "en.yaml");
    const source = await readFile(file, "utf8");
    await writeFile(file, source.replace(/\n {2}kept: .*\n/, "\n"));
    const error = await loadContent(copy).catch((e: unknown) => e);
    const problems = error instanceof ContentError ? error.problems.join("\n") : String(error);
    expect(problems).toContain("en.yaml");
    expect(problems).toContain("erase.kept");
  });
});
