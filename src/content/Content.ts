import type { ActionsFile } from "./actionsSchema.ts";
import type { ConceptsFile } from "./conceptsSchema.ts";
import type { CriteriaTextsFile } from "./criteriaTextsSchema.ts";
import type { DialogueCues } from "./dialogueCuesSchema.ts";
import type { DocumentFile } from "./documentSchema.ts";
import type { Form } from "./FormSchema.ts";
import type { Facts } from "./factsSchema.ts";
import type { FormId, Lang } from "./ids.ts";
import type { NetworksFile } from "./networksSchema.ts";
import type { PeriodsFile } from "./periodsSchema.ts";
import type { QuestionsFile } from "./questionsSchema.ts";
import type { Responses } from "./ResponsesSchema.ts";
import type { Territory } from "./territorySchema.ts";
import type { TopicsFile } from "./topicsSchema.ts";
import type { TrainingData } from "./trainingDataSchema.ts";
import type { WebPages } from "./webPagesSchema.ts";

/** The programme and its territory (intents/programme, intents/territory), cross-checked together. */
export type Programme = {
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

/** Everything under `intents/`, validated once by `tryLoadContent`: the only reader of content files. */
export type Content = Programme & {
  /** The bot's words per language (intents/responses). */
  responses: Record<Lang, Responses>;
  forms: Record<FormId, Form>;
  /** How people steer a conversation and state facts in passing (intents/dialogue). */
  dialogue: DialogueCues;
  /** What the classifier is trained on (intents/nlu). */
  training: TrainingData;
  /** The public web pages' texts (intents/web/pages.yaml). */
  pages: WebPages;
};

/** What the understanding is trained on and finds places with: all a tool that only classifies reads. */
export type UnderstandingContent = Pick<Content, "training" | "territory">;
