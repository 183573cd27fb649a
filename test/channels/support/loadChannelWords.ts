import path from "node:path";
import type { Lang } from "../../../src/content/ids.ts";
import { loadContent } from "../../../src/content/loadContent.ts";
import type { ChannelWords } from "../../../src/content/ResponsesSchema.ts";

const CONTENT_DIR = path.resolve(import.meta.dirname, "../../../intents");

/** What channels say themselves, from the real response files, as the composition root gives them to channels. */
export async function loadChannelWords(): Promise<(lang: Lang) => ChannelWords> {
  const { responses } = await loadContent(CONTENT_DIR);
  return (lang) => responses[lang].channel;
}
