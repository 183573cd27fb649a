import path from "node:path";
import { ActionsFileSchema } from "./actionsSchema.ts";
import type { Content } from "./Content.ts";
import { ConceptsFileSchema } from "./conceptsSchema.ts";
import { CONTENT_FILES } from "./contentFiles.ts";
import { CriteriaTextsFileSchema } from "./criteriaTextsSchema.ts";
import { crossCheckContent } from "./crossCheckContent.ts";
import { DocumentFileSchema } from "./documentSchema.ts";
import { FactsFileSchema } from "./factsSchema.ts";
import { NetworksFileSchema } from "./networksSchema.ts";
import { PeriodsFileSchema } from "./periodsSchema.ts";
import { QuestionsFileSchema } from "./questionsSchema.ts";
import { readYamlFile } from "./readYamlFile.ts";
import { TerritorySchema } from "./territorySchema.ts";
import { TopicsFileSchema } from "./topicsSchema.ts";

export type ContentResult = { ok: true; content: Content } | { ok: false; problems: string[] };

/**
 * Loads and checks every content file under `dir` (the `intents` folder), collecting all problems
 * instead of stopping at the first, so `content:check` can list them together.
 */
export async function tryLoadContent(dir: string): Promise<ContentResult> {
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
  const content: Content = {
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
  const crossProblems = crossCheckContent(content, dir);
  return crossProblems.length > 0 ? { ok: false, problems: crossProblems } : { ok: true, content };
}
