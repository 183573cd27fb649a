import type { Lang } from "../../content/ids.ts";
import { LANGS } from "../../content/ids.ts";
import type { LoadedContent } from "./createDraftPreview.ts";

export type NluChange = { text: string; lang: Lang; expected: string; live: string | null; draft: string };

/** At most this many changed examples are listed (the counts cover them all). */
const LIST = 200;

/**
 * Classifies every example phrase of the draft with the draft's model and with the live one: how
 * many each recognises, and which phrases change their outcome, so a new or moved example that
 * confuses two intents shows before it is published.
 */
export function compareNluExamples(live: LoadedContent, draft: LoadedContent) {
  const known = new Set(live.trainingData.intents.flatMap((i) => LANGS.flatMap((l) => i.utterances[l])));
  let total = 0;
  let draftRight = 0;
  let liveRight = 0;
  const changes: NluChange[] = [];
  for (const file of draft.trainingData.intents) {
    for (const lang of LANGS) {
      for (const text of file.utterances[lang]) {
        total++;
        const byDraft = draft.understander.understand(text, { lang }).intent;
        const byLive = live.understander.understand(text, { lang }).intent;
        if (byDraft === file.intent) draftRight++;
        if (byLive === file.intent) liveRight++;
        const isNew = !known.has(text);
        if ((byDraft !== byLive || isNew || byDraft !== file.intent) && changes.length < LIST) {
          changes.push({ text, lang, expected: file.intent, live: byLive, draft: byDraft });
        }
      }
    }
  }
  return { total, draftRight, liveRight, changes };
}
