import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Content } from "../../src/content/Content.ts";
import { loadContent } from "../../src/content/loadContent.ts";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const INTENTS_DIR = path.join(REPO_ROOT, "intents");
export const SEED_FILE = path.join(REPO_ROOT, "..", "shared", "seed", "programme-2017-2018.txt");

let cached: Promise<Content> | undefined;

/** The real content files, loaded once per test file. */
export function realContent(): Promise<Content> {
  cached ??= loadContent(INTENTS_DIR);
  return cached;
}

/**
 * A throw-away copy of `intents/` (named `intents` too) whose files a test may break; `edit` replaces
 * one exact piece of text and fails loudly if it is not there, so a test never passes by editing nothing.
 */
export async function withContentCopy<T>(run: (copy: ContentCopy) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(tmpdir(), "conciliabot-content-"));
  const dir = path.join(root, "intents");
  await cp(INTENTS_DIR, dir, { recursive: true });
  try {
    return await run({
      dir,
      edit: async (file, from, to) => {
        const full = path.join(dir, file);
        const text = await readFile(full, "utf8");
        if (!text.includes(from)) throw new Error(`test setup: "${from}" not found in ${file}`);
        await writeFile(full, text.replace(from, to));
      },
      write: (file, text) => writeFile(path.join(dir, file), text),
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export type ContentCopy = {
  dir: string;
  edit: (file: string, from: string, to: string) => Promise<void>;
  write: (file: string, text: string) => Promise<void>;
};
