import { tmpdir } from "node:os";
import path from "node:path";
import { loadContent } from "../../../src/content/loadContent.ts";
import type { TurnDeps } from "../../../src/conversation/dialog/TurnDeps.ts";
import { createProgrammeKnowledge } from "../../../src/conversation/knowledge/createProgrammeKnowledge.ts";
import { loadOrTrainUnderstanding } from "../../../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { createReference } from "../../../src/conversation/submission/createReference.ts";
import { createModelFileCache } from "../../../src/persistence/createModelFileCache.ts";

const CONTENT_DIR = path.resolve(import.meta.dirname, "../../../intents");
/** The trained model is cached by the data's hash: one training for the whole test run. */
const NLU_CACHE = path.join(tmpdir(), "conciliabot-test-nlu");

let shared: Promise<Omit<TurnDeps, "now" | "newReference">> | undefined;

function loadShared(): Promise<Omit<TurnDeps, "now" | "newReference">> {
  shared ??= (async () => {
    const content = await loadContent(CONTENT_DIR);
    const loaded = await loadOrTrainUnderstanding(
      content.training,
      content.territory,
      createModelFileCache(NLU_CACHE),
    );
    return {
      content,
      knowledge: createProgrammeKnowledge(content, () => "2026-11-25"),
      understander: { understand: async (text, context) => loaded.understander.understand(text, context) },
      settings: { retentionDays: 365, mailbox: "conciliazione@regione.lombardia.it" },
    };
  })();
  return shared;
}

/**
 * The real content, understanding and knowledge, with a fixed clock and predictable references
 * (CVL-2026-00001, CVL-2026-00002…), so transcripts are the same on every run.
 */
export async function createTestDeps(now = new Date("2026-11-25T10:00:00Z")): Promise<TurnDeps> {
  let counter = 0;
  return {
    ...(await loadShared()),
    now: () => now,
    newReference: (at) => {
      counter += 1;
      const digits = String(counter).padStart(5, "0");
      return createReference(at, (n) => Number(digits.charAt(0)) % n).replace(/-[0-9A-Z]{5}$/, `-${digits}`);
    },
  };
}
