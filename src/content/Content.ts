import type { ActionsFile } from "./actionsSchema.ts";
import type { ConceptsFile } from "./conceptsSchema.ts";
import type { CriteriaTextsFile } from "./criteriaTextsSchema.ts";
import type { DocumentFile } from "./documentSchema.ts";
import type { Facts } from "./factsSchema.ts";
import type { NetworksFile } from "./networksSchema.ts";
import type { PeriodsFile } from "./periodsSchema.ts";
import type { QuestionsFile } from "./questionsSchema.ts";
import type { Territory } from "./territorySchema.ts";
import type { TopicsFile } from "./topicsSchema.ts";

/** Everything the bot knows about the programme, validated and cross-checked, one field per file. */
export type Content = {
  territory: Territory;
  actions: ActionsFile;
  networks: NetworksFile;
  facts: Facts;
  periods: PeriodsFile;
  questions: QuestionsFile;
  criteria: CriteriaTextsFile;
  topics: TopicsFile;
  concepts: ConceptsFile;
  document: DocumentFile;
};
