import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Folders that hold tests of the whole tree or of several layers at once, not of one src/ folder. */
const WHOLE_TREE = new Set(["test/architecture", "test/evals"]);

/** Database and browser test areas about a quality of the whole service, not one src/ folder. */
const SERVICE_QUALITIES = new Set(["abuse", "faults", "foundation", "scale", "machine"]);

/** Every folder under `dir` that holds a test file, relative to the repository. */
function testFolders(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const child = path.join(dir, name);
    if (statSync(path.join(ROOT, child)).isDirectory()) {
      if (name !== "support") found.push(...testFolders(child));
    } else if (name.endsWith(".test.ts")) {
      found.push(dir);
    }
  }
  return [...new Set(found)];
}

describe("where a test lives (CONTRIBUTING.md)", () => {
  it("puts every unit test in the mirror of a src/ folder, so a source file's test is found by its path", () => {
    const stray = testFolders("test")
      .filter((dir) => !dir.startsWith("test/integration") && !dir.startsWith("test/e2e"))
      .filter((dir) => !WHOLE_TREE.has(dir))
      .filter(
        (dir) =>
          !statSync(path.join(ROOT, "src", path.relative("test", dir)), {
            throwIfNoEntry: false,
          })?.isDirectory(),
      );
    expect(stray).toEqual([]);
  });

  it("puts the test named after a source file at the mirror of that file", () => {
    const sources = readdirSync(path.join(ROOT, "src"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith(".ts"),
    );
    const misplaced = testFolders("test")
      .filter((dir) => !dir.startsWith("test/integration") && !dir.startsWith("test/e2e"))
      .flatMap((dir) =>
        readdirSync(path.join(ROOT, dir))
          .filter((f) => f.endsWith(".test.ts"))
          .map((f) => path.join(dir, f)),
      )
      .filter((test) => {
        const source = `${path.basename(test, ".test.ts")}.ts`;
        const homes = sources.filter((f) => path.basename(f) === source);
        const mirror = path.join(path.relative("test", path.dirname(test)), source);
        return homes.length > 0 && !homes.includes(mirror);
      });
    expect(misplaced).toEqual([]);
  });

  it("names the area of every database and browser test after a src/ folder", () => {
    const areas = new Set(
      readdirSync(path.join(ROOT, "src"), { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name),
    );
    const stray = [...testFolders("test/integration"), ...testFolders("test/e2e")]
      .map((dir) => dir.split("/")[2] ?? "")
      .filter((area) => !areas.has(area) && !SERVICE_QUALITIES.has(area));
    expect([...new Set(stray)]).toEqual([]);
  });
});
