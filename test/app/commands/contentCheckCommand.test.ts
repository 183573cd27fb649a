import { describe, expect, it } from "vitest";
import { withContentCopy } from "../../content/contentFixture.ts";
import { runTs } from "../../support/runProcess.ts";

const contentCheck = (dir?: string) =>
  runTs("src/app/cli.ts", ["content:check", ...(dir ? [dir] : [])], { CONTENT_DIR: "./intents" });

describe("npm run cli -- content:check", () => {
  it("exits 0 with a short summary when every file is valid", async () => {
    const { code, stdout } = await contentCheck();
    expect(code).toBe(0);
    expect(stdout).toContain("contenuti validi");
    expect(stdout).toContain("12 azioni, 8 reti, 12 province");
    expect(stdout).toContain('MB "97.232.72" → 97.232,72 €');
  });

  it("exits 1 listing each problem with file and path", async () => {
    await withContentCopy(async (copy) => {
      await copy.edit("programme/facts.yaml", '"427.438,27"', '"427.438,28"');
      await copy.edit("programme/actions.yaml", "max_workers: 3", 'max_workers: "tre"');
      const { code, stdout, stderr } = await contentCheck(copy.dir);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain(
        "programme/facts.yaml: decree.table.total: the provinces add up to 26 projects",
      );
      expect(stderr).toContain(
        'programme/actions.yaml: actions[4].criteria.max_workers: expected number, got "tre"',
      );
    });
  });
});
