import { z } from "zod";

/** The programme questions the bot answers from data; each has its keywords and templates in topics.yaml. */
export const TOPIC_IDS = [
  "max_grant",
  "projects_funded",
  "funding",
  "which_ats",
  "por_fse_notice",
  "deadlines",
  "networks_alliances",
  "results_2014_2016",
  "communication",
  "contacts",
  "overview",
] as const;
export const TopicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof TopicIdSchema>;
