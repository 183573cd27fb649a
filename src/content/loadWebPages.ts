import path from "node:path";
import { ContentError } from "./ContentError.ts";
import { readYamlFile } from "./readYamlFile.ts";
import { type WebPages, WebPagesSchema } from "./webPagesSchema.ts";

export const WEB_PAGES_FILE = "web/pages.yaml";

/** Loads `<dir>/web/pages.yaml` (dir is the `intents` folder); throws ContentError if broken. */
export async function loadWebPages(dir: string): Promise<WebPages> {
  const result = await readYamlFile(path.join(dir, WEB_PAGES_FILE), WebPagesSchema);
  if (!result.ok) throw new ContentError(result.problems);
  return result.value;
}
