import { readdir } from "node:fs/promises";
import path from "node:path";
import { ActionsFileSchema } from "./actionsSchema.ts";
import type { Content, Programme, UnderstandingContent } from "./Content.ts";
import { ConceptsFileSchema } from "./conceptsSchema.ts";
import { CONTENT_FILES } from "./contentFiles.ts";
import { CriteriaTextsFileSchema } from "./criteriaTextsSchema.ts";
import { crossCheckContent } from "./crossCheckContent.ts";
import { ActCuesFileSchema, AmbiguitiesFileSchema, ProfileFactsFileSchema } from "./dialogueCuesSchema.ts";
import { DocumentFileSchema } from "./documentSchema.ts";
import { type Form, FormSchema } from "./FormSchema.ts";
import { FactsFileSchema } from "./factsSchema.ts";
import { FORM_IDS, type FormId, LANGS, type Lang } from "./ids.ts";
import { NetworksFileSchema } from "./networksSchema.ts";
import { PeriodsFileSchema } from "./periodsSchema.ts";
import { QuestionsFileSchema } from "./questionsSchema.ts";
import { type Responses, ResponsesSchema } from "./ResponsesSchema.ts";
import { type FileResult, readYamlFile } from "./readYamlFile.ts";
import { TerritorySchema } from "./territorySchema.ts";
import { TopicsFileSchema } from "./topicsSchema.ts";
import {
  LexiconSchema,
  type NluIntentFile,
  NluIntentFileSchema,
  type TrainingData,
  TrainingDataSchema,
} from "./trainingDataSchema.ts";
import { WebPagesSchema } from "./webPagesSchema.ts";

export type ContentResult = { ok: true; content: Content } | { ok: false; problems: string[] };

/**
 * The one reader of the content files under `dir` (the `intents` folder): programme, territory,
 * the dialog's responses, forms and cues, the NLU training data and the web pages' texts. It
 * collects every problem of every file instead of stopping at the first, so `content:check` and
 * the console's editor list them together; the core only ever receives the parsed result.
 */
export function tryLoadContent(dir: string): Promise<ContentResult>;
/** Only the NLU data and the territory: a tool that only classifies starts without parsing the rest. */
export function tryLoadContent(dir: string, part: "understanding"): Promise<FileResult<UnderstandingContent>>;
export async function tryLoadContent(
  dir: string,
  part?: "understanding",
): Promise<ContentResult | FileResult<UnderstandingContent>> {
  if (part === "understanding") {
    const [territory, training] = await Promise.all([
      readYamlFile(path.join(dir, CONTENT_FILES.territory), TerritorySchema),
      readTrainingData(dir),
    ]);
    if (!territory.ok || !training.ok) {
      return { ok: false, problems: [territory, training].flatMap((r) => (r.ok ? [] : r.problems)) };
    }
    return { ok: true, value: { territory: territory.value, training: training.value } };
  }
  const [programme, dialog, training, pages] = await Promise.all([
    readProgramme(dir),
    readDialog(dir),
    readTrainingData(dir),
    readYamlFile(path.join(dir, CONTENT_FILES.pages), WebPagesSchema),
  ]);
  if (!programme.ok || !dialog.ok || !training.ok || !pages.ok) {
    return {
      ok: false,
      problems: [programme, dialog, training, pages].flatMap((r) => (r.ok ? [] : r.problems)),
    };
  }
  return {
    ok: true,
    content: { ...programme.value, ...dialog.value, training: training.value, pages: pages.value },
  };
}

async function readProgramme(dir: string): Promise<FileResult<Programme>> {
  const file = (name: string) => path.join(dir, name);
  const [territory, actions, networks, facts, periods, questions, criteria, topics, concepts, document] =
    await Promise.all([
      readYamlFile(file(CONTENT_FILES.territory), TerritorySchema),
      readYamlFile(file(CONTENT_FILES.actions), ActionsFileSchema),
      readYamlFile(file(CONTENT_FILES.networks), NetworksFileSchema),
      readYamlFile(file(CONTENT_FILES.facts), FactsFileSchema),
      readYamlFile(file(CONTENT_FILES.periods), PeriodsFileSchema),
      readYamlFile(file(CONTENT_FILES.questions), QuestionsFileSchema),
      readYamlFile(file(CONTENT_FILES.criteria), CriteriaTextsFileSchema),
      readYamlFile(file(CONTENT_FILES.topics), TopicsFileSchema),
      readYamlFile(file(CONTENT_FILES.concepts), ConceptsFileSchema),
      readYamlFile(file(CONTENT_FILES.document), DocumentFileSchema),
    ]);
  if (
    !territory.ok ||
    !actions.ok ||
    !networks.ok ||
    !facts.ok ||
    !periods.ok ||
    !questions.ok ||
    !criteria.ok ||
    !topics.ok ||
    !concepts.ok ||
    !document.ok
  ) {
    const results = [
      territory,
      actions,
      networks,
      facts,
      periods,
      questions,
      criteria,
      topics,
      concepts,
      document,
    ];
    return { ok: false, problems: results.flatMap((r) => (r.ok ? [] : r.problems)) };
  }
  const programme: Programme = {
    territory: territory.value,
    actions: actions.value,
    networks: networks.value,
    facts: facts.value,
    periods: periods.value,
    questions: questions.value,
    criteria: criteria.value,
    topics: topics.value,
    concepts: concepts.value,
    document: document.value,
  };
  const crossProblems = crossCheckContent(programme, dir);
  return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, value: programme };
}

/** intents/responses/<lang>.yaml, intents/forms/<form>.yaml and intents/dialogue/*.yaml. */
async function readDialog(
  dir: string,
): Promise<FileResult<Pick<Content, "responses" | "forms" | "dialogue">>> {
  const problems: string[] = [];
  const responses: Partial<Record<Lang, Responses>> = {};
  for (const lang of LANGS) {
    const file = path.join(dir, "responses", `${lang}.yaml`);
    const result = await readYamlFile(file, ResponsesSchema);
    if (!result.ok) problems.push(...result.problems);
    else if (result.value.lang !== lang) problems.push(`${file}: lang: expected "${lang}"`);
    else responses[lang] = result.value;
  }
  const forms: Partial<Record<FormId, Form>> = {};
  for (const id of FORM_IDS) {
    const file = path.join(dir, "forms", `${id}.yaml`);
    const result = await readYamlFile(file, FormSchema);
    if (!result.ok) problems.push(...result.problems);
    else if (result.value.id !== id) problems.push(`${file}: id: expected "${id}"`);
    else forms[id] = result.value;
  }
  const acts = await readYamlFile(path.join(dir, "dialogue", "acts.yaml"), ActCuesFileSchema);
  if (!acts.ok) problems.push(...acts.problems);
  const facts = await readYamlFile(path.join(dir, "dialogue", "facts.yaml"), ProfileFactsFileSchema);
  if (!facts.ok) problems.push(...facts.problems);
  const ambiguities = await readYamlFile(
    path.join(dir, "dialogue", "ambiguities.yaml"),
    AmbiguitiesFileSchema,
  );
  if (!ambiguities.ok) problems.push(...ambiguities.problems);
  const { it, en } = responses;
  const { firm_request, family_request, self_employment_project } = forms;
  if (
    !it ||
    !en ||
    !firm_request ||
    !family_request ||
    !self_employment_project ||
    !acts.ok ||
    !facts.ok ||
    !ambiguities.ok
  ) {
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      responses: { it, en },
      forms: { firm_request, family_request, self_employment_project },
      dialogue: {
        acts: acts.value.acts,
        facts: facts.value.facts,
        ambiguities: ambiguities.value.ambiguities,
        vagueAnswers: ambiguities.value.vague_answers,
      },
    },
  };
}

/** Every intents/nlu/<intent>.yaml and intents/nlu/lexicon.yaml; an intent file is named after its intent. */
async function readTrainingData(dir: string): Promise<FileResult<TrainingData>> {
  const folder = path.join(dir, "nlu");
  const names = (await readdir(folder))
    .filter((name) => name.endsWith(".yaml") && name !== "lexicon.yaml")
    .sort();
  const problems: string[] = [];
  const lexicon = await readYamlFile(path.join(folder, "lexicon.yaml"), LexiconSchema);
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
        `intents/nlu/${name}: intent is "${result.value.intent}" but the file name says otherwise`,
      );
    }
    intents.push(result.value);
  }
  const parsed = TrainingDataSchema.safeParse({
    intents,
    lexicon: lexicon.ok ? lexicon.value : { concepts: {} },
  });
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `intents/nlu: ${issue.message}`));
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}
