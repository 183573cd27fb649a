import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { readNluEvalSet } from "../../../scripts/readNluEvalSet.ts";
import { INTENT_IDS } from "../../../src/content/ids.ts";
import { loadContent } from "../../../src/content/loadContent.ts";
import { tokenize } from "../../../src/conversation/nlu/tokenize.ts";
import { CONTENT_DIR } from "./support/loadTestUnderstanding.ts";

const normalise = (text: string) => tokenize(text).join(" ");

describe("training utterances", () => {
  it("cover every intent with at least 30 Italian and 10 English utterances and say where each leads", async () => {
    const data = (await loadContent(CONTENT_DIR, "understanding")).training;
    expect(data.intents.map((f) => f.intent).sort()).toEqual([...INTENT_IDS].sort());
    for (const file of data.intents) {
      expect(file.utterances.it.length, file.intent).toBeGreaterThanOrEqual(30);
      expect(file.utterances.en.length, file.intent).toBeGreaterThanOrEqual(10);
      expect(Object.keys(file.leads_to)).toHaveLength(1);
    }
  });

  it("teach that in-vocabulary off-topic questions are out of scope", async () => {
    const data = (await loadContent(CONTENT_DIR, "understanding")).training;
    const outOfScope =
      data.intents.find((f) => f.intent === "out_of_scope")?.utterances.it.map(normalise) ?? [];
    for (const text of [
      "qual è la capitale della Francia",
      "che tempo fa a Milano",
      "mi ricetta la carbonara",
      "quanto costa un iPhone",
    ]) {
      expect(outOfScope).toContain(normalise(text));
    }
  });

  it("never contain a sentence of the evaluation set, even with different accents, case or punctuation", async () => {
    const data = (await loadContent(CONTENT_DIR, "understanding")).training;
    const training = new Set(
      data.intents.flatMap((f) => [...f.utterances.it, ...f.utterances.en]).map(normalise),
    );
    const leaked = (await readNluEvalSet()).filter((line) => training.has(normalise(line.text)));
    expect(leaked.map((l) => l.text)).toEqual([]);
  });
});

describe("evaluation set", () => {
  it("has at least 250 lines with unique ids, about a fifth English and about 15% out of scope", async () => {
    const lines = await readNluEvalSet();
    expect(lines.length).toBeGreaterThanOrEqual(250);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const english = lines.filter((l) => l.lang === "en").length / lines.length;
    const outOfScope = lines.filter((l) => l.intent === "out_of_scope").length / lines.length;
    expect(english).toBeGreaterThan(0.15);
    expect(outOfScope).toBeGreaterThan(0.12);
  });

  it("covers every intent", async () => {
    const lines = await readNluEvalSet();
    expect(new Set(lines.map((l) => l.intent))).toEqual(new Set(INTENT_IDS));
  });

  it("is not read by the code that trains the model", async () => {
    for (const file of ["trainIntentModel.ts", "loadOrTrainUnderstanding.ts", "createUnderstanding.ts"]) {
      const source = await readFile(
        new URL(`../../../src/conversation/nlu/${file}`, import.meta.url),
        "utf8",
      );
      expect(source, file).not.toContain("eval-set");
    }
  });
});
