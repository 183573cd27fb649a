import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "../../../src/content/loadContent.ts";
import { hashTrainingData } from "../../../src/conversation/nlu/hashTrainingData.ts";
import { loadOrTrainUnderstanding } from "../../../src/conversation/nlu/loadOrTrainUnderstanding.ts";
import { createModelFileCache } from "../../../src/persistence/createModelFileCache.ts";
import { CONTENT_DIR } from "./support/loadTestUnderstanding.ts";

let dir: string;

/**
 * What is under test is when the cache is used, not the model: a quick training (no calibration
 * folds, two epochs) keeps each retraining to a fraction of the real one. The options are not part
 * of the cache key, which is the training data's hash alone.
 */
const QUICK = { folds: 0, training: { epochs: 2 } };

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "nlu-cache-test-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("model cache", () => {
  it("trains on the first start, reads the cache on the next, and both understand alike", async () => {
    const { training: data, territory } = await loadContent(CONTENT_DIR, "understanding");
    const cache = createModelFileCache(dir);
    const first = await loadOrTrainUnderstanding(data, territory, cache, QUICK);
    const second = await loadOrTrainUnderstanding(data, territory, cache, QUICK);
    expect(first.origin).toBe("trained");
    expect(second.origin).toBe("cache");
    expect(path.basename(cache.fileOf(second.hash))).toBe(`nlu-cache-${hashTrainingData(data)}.json`);
    const text = "vorrei il voucher per la babysitter di mia figlia di 3 anni";
    expect(second.understander.understand(text)).toEqual(first.understander.understand(text));
  });

  it("retrains when the utterances change or the cache file is damaged", async () => {
    const { training: data, territory } = await loadContent(CONTENT_DIR, "understanding");
    const cache = createModelFileCache(dir);
    const first = await loadOrTrainUnderstanding(data, territory, cache, QUICK);
    await writeFile(cache.fileOf(first.hash), "{ not json");
    expect((await loadOrTrainUnderstanding(data, territory, cache, QUICK)).origin).toBe("trained");
    const changed = {
      ...data,
      intents: data.intents.map((f) =>
        f.intent === "greeting"
          ? { ...f, utterances: { ...f.utterances, it: [...f.utterances.it, "buondi a tutti"] } }
          : f,
      ),
    };
    expect((await loadOrTrainUnderstanding(changed, territory, cache, QUICK)).origin).toBe("trained");
    expect((await readdir(dir)).filter((name) => name.endsWith(".json"))).toHaveLength(2);
  });
});
