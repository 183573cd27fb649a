import path from "node:path";
import type { Lang } from "../../../src/content/ids.ts";
import { loadDialogContent } from "../../../src/conversation/content/loadDialogContent.ts";
import type { ChannelWords } from "../../../src/conversation/responses/ResponsesSchema.ts";

const CONTENT_DIR = path.resolve(import.meta.dirname, "../../../intents");

/** What channels say themselves, from the real response files, as the composition root gives them to channels. */
export async function loadChannelWords(): Promise<(lang: Lang) => ChannelWords> {
  const { responses } = await loadDialogContent(CONTENT_DIR);
  return (lang) => responses[lang].channel;
}
