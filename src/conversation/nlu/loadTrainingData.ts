import { readdir } from "node:fs/promises";
import path from "node:path";
import { ContentError } from "../../content/ContentError.ts";
import { readYamlFile } from "../../content/readYamlFile.ts";
import {
  LexiconSchema,
  type NluIntentFile,
  NluIntentFileSchema,
  type TrainingData,
  TrainingDataSchema,
} from "./trainingDataSchema.ts";

export const NLU_DIR = "nlu";
export const LEXICON_FILE = "lexicon.yaml";

/**
 * Reads every `<dir>/nlu/<intent>.yaml` and `<dir>/nlu/lexicon.yaml` (dir is the `intents` folder). A broken file stops the
 * start with its name, the path inside it and what is wrong, all problems at once.
 */
export async function loadTrainingData(dir: string): Promise<TrainingData> {
  const folder = path.join(dir, NLU_DIR);
  const names = (await readdir(folder))
    .filter((name) => name.endsWith(".yaml") && name !== LEXICON_FILE)
    .sort();
  const problems: string[] = [];
  const lexicon = await readYamlFile(path.join(folder, LEXICON_FILE), LexiconSchema);
  if (!lexicon.ok) problems.push(...lexicon.problems);
  const intents: NluIntentFile[] = [];
  for (const name of names) {
    const result = await readYamlFile(path.join(folder, name), NluIntentFileSchema);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    if (`${result.value.intent}.yaml` !== name) {
      problems.push(
        `intents/${NLU_DIR}/${name}: intent is "${result.value.intent}" but the file name says otherwise`,
      );
    }
    intents.push(result.value);
  }
  const parsed = TrainingDataSchema.safeParse({
    intents,
    lexicon: lexicon.ok ? lexicon.value : { concepts: {} },
  });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.map((issue) => `intents/${NLU_DIR}: ${issue.message}`));
  }
  if (problems.length > 0 || !parsed.success) throw new ContentError(problems);
  return parsed.data;
}
