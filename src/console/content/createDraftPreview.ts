import { randomInt } from "node:crypto";
import { ContentError } from "../../content/ContentError.ts";
import { loadContent } from "../../content/loadContent.ts";
import type { TrainingData } from "../../content/trainingDataSchema.ts";
import type { ContentFiles } from "../../content/versions/ContentFiles.ts";
import { hashContentFiles } from "../../content/versions/hashContentFiles.ts";
import type { TurnDeps } from "../../conversation/dialog/TurnDeps.ts";
import { createProgrammeKnowledge } from "../../conversation/knowledge/createProgrammeKnowledge.ts";
import type { Understander } from "../../conversation/nlu/createUnderstanding.ts";
import { loadOrTrainUnderstanding } from "../../conversation/nlu/loadOrTrainUnderstanding.ts";
import { createReference } from "../../conversation/submission/createReference.ts";
import { BoundedMap } from "../../kernel/BoundedMap.ts";
import { createModelFileCache } from "../../persistence/createModelFileCache.ts";
import { materializeContentVersion } from "./materializeContentVersion.ts";

export type LoadedContent = { deps: TurnDeps; understander: Understander; trainingData: TrainingData };

/** Versions kept ready: the draft being previewed and the live one it is compared with. */
const KEEP = 3;

/**
 * The conversation core's dependencies built from a version that is not live (the draft), for the
 * console's preview chat and its comparison of the NLU examples. Built once per distinct content
 * (by hash; the NLU model comes from the same cache as the service's), never touching the live ones.
 */
export function createDraftPreview(options: { dataDir: string; retentionDays: number; mailbox: string }) {
  const cache = new BoundedMap<string, Promise<LoadedContent | { problems: string[] }>>(KEEP);

  async function build(hash: string, files: ContentFiles): Promise<LoadedContent | { problems: string[] }> {
    const dir = await materializeContentVersion(options.dataDir, hash, files);
    try {
      const content = await loadContent(dir);
      const trainingData = content.training;
      const cache = createModelFileCache(options.dataDir);
      const loaded = await loadOrTrainUnderstanding(trainingData, content.territory, cache);
      const understander = loaded.understander;
      const deps: TurnDeps = {
        content,
        knowledge: createProgrammeKnowledge(content, () => new Date().toISOString().slice(0, 10)),
        understander: { understand: async (text, context) => understander.understand(text, context) },
        now: () => new Date(),
        newReference: (now) => createReference(now, (n) => randomInt(n)),
        settings: { retentionDays: options.retentionDays, mailbox: options.mailbox },
      };
      return { deps, understander, trainingData };
    } catch (error) {
      if (error instanceof ContentError) return { problems: [...error.problems] };
      throw error;
    }
  }

  return {
    /** The core's dependencies on these files, or the problems that keep them from loading. */
    async load(files: ContentFiles): Promise<LoadedContent | { problems: string[] }> {
      const hash = hashContentFiles(files);
      let loaded = cache.get(hash);
      if (!loaded) {
        loaded = build(hash, files);
        cache.set(hash, loaded);
        loaded.catch(() => cache.delete(hash));
      }
      return loaded;
    },
  };
}

export type DraftPreview = ReturnType<typeof createDraftPreview>;
