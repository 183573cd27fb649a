import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ownCli } from "../../../src/app/evaluation/ownCli.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");

describe("the CLI a draft evaluation starts", () => {
  it("is the sources' CLI under tsx when the service runs from the sources", () => {
    const args = ownCli(pathToFileURL(path.join(ROOT, "src", "app", "main.ts")).href);
    expect(args.slice(0, 2)).toEqual(["--import", "tsx"]);
    expect(existsSync(args[2] ?? "")).toBe(true);
  });

  it("is the cli.js beside the running bundle, wherever that bundle was built", () => {
    const elsewhere = path.join(ROOT, "node_modules", ".cache", "some-build", "src", "app");
    expect(ownCli(pathToFileURL(path.join(elsewhere, "main.js")).href)).toEqual([
      path.join(elsewhere, "cli.js"),
    ]);
    expect(ownCli(pathToFileURL(path.join(ROOT, "dist", "main.js")).href)).toEqual([
      path.join(ROOT, "dist", "cli.js"),
    ]);
  });
});
