import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigSchema } from "../../src/kernel/config.ts";

describe(".env.example", () => {
  it("documents every configuration variable the service reads", async () => {
    const text = await readFile(path.resolve(import.meta.dirname, "../../.env.example"), "utf8");
    const documented = new Set([...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const missing = Object.keys(ConfigSchema.shape).filter((key) => !documented.has(key));
    expect(missing).toEqual([]);
  });
});
