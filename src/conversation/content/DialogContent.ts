import type { DialogueCues } from "../../content/dialogueCuesSchema.ts";
import type { FormId, Lang } from "../../content/ids.ts";
import type { Territory } from "../../content/territorySchema.ts";
import type { Form } from "../forms/FormSchema.ts";
import type { Responses } from "../responses/ResponsesSchema.ts";

/** The data the dialog runs on, loaded and validated once at start. */
export interface DialogContent {
  responses: Record<Lang, Responses>;
  forms: Record<FormId, Form>;
  territory: Territory;
  /** How people steer a conversation and state facts in passing (intents/dialogue). */
  dialogue: DialogueCues;
}
