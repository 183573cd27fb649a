import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../../src");

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

function importsOf(text: string): string[] {
  return [...text.matchAll(/^\s*(?:import|export)[^"'`;]*?from\s+["']([^"']+)["']/gm)].map((m) => m[1] ?? "");
}

describe("the architecture", () => {
  it("keeps the conversation core free of frameworks and drivers (layers.test.ts holds its imports)", async () => {
    const forbidden =
      /^(express|telegraf|botbuilder.*|botframework-.*|@prisma\/.*|pg|@electric-sql\/.*|@langchain\/.*|nodemailer|ws|node:http|node:net)$/;
    const offenders: string[] = [];
    for (const file of await sourceFiles(path.join(SRC, "conversation"))) {
      for (const spec of importsOf(await readFile(file, "utf8"))) {
        if (forbidden.test(spec)) offenders.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("keeps the Bot Framework SDK inside its channel folder, so it can be swapped", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      if (file.includes(`${path.sep}channels${path.sep}botframework${path.sep}`)) continue;
      for (const spec of importsOf(await readFile(file, "utf8"))) {
        if (/^botbuilder|^botframework-(connector|schema)/.test(spec))
          offenders.push(`${path.relative(SRC, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("uses no any and no double casts in the source", async () => {
    const offenders: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const text = await readFile(file, "utf8");
      for (const [index, line] of text.split("\n").entries()) {
        if (/^\s*(\/\/|\*|\/\*)/.test(line)) continue;
        if (/(:\s*any\s*([;,)=\]>|]|$)|<any>|\bas any\b|\bas unknown as\b)/.test(line)) {
          offenders.push(`${path.relative(SRC, file)}:${index + 1}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
