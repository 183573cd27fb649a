import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { readYamlFile } from "../../src/content/readYamlFile.ts";

const Schema = z.object({ title: z.string(), tags: z.array(z.string()) });

describe("reading a content file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "read-yaml-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives what the file says now, after an edit, and each reader a copy of its own", async () => {
    const file = path.join(dir, "page.yaml");
    await writeFile(file, "title: Prima\ntags: [a, b]\n");
    const first = await readYamlFile(file, Schema);
    const again = await readYamlFile(file, Schema);
    if (!first.ok || !again.ok) throw new Error("expected both reads to succeed");
    first.value.tags.push("changed by a reader");
    expect(again.value.tags).toEqual(["a", "b"]);
    expect(await readYamlFile(file, Schema)).toEqual({
      ok: true,
      value: { title: "Prima", tags: ["a", "b"] },
    });

    await writeFile(file, "title: Seconda\ntags: [c]\n");
    expect(await readYamlFile(file, Schema)).toEqual({ ok: true, value: { title: "Seconda", tags: ["c"] } });
  });

  it("names the line of a wrong value in a file it has read correctly before", async () => {
    const file = path.join(dir, "other.yaml");
    await writeFile(file, "title: Pagina\ntags:\n  - uno\n  - 2\n");
    const Strict = z.object({ title: z.string(), tags: z.array(z.string()) });
    const Loose = z.object({ title: z.string(), tags: z.array(z.union([z.string(), z.number()])) });
    expect((await readYamlFile(file, Loose)).ok).toBe(true);
    const refused = await readYamlFile(file, Strict);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.problems).toEqual([expect.stringMatching(/tags\[1\].*\(line 4\)$/)]);
  });
});
