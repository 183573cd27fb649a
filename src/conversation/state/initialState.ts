import type { Lang } from "../../content/ids.ts";
import { type ConversationState, ConversationStateSchema } from "./ConversationState.ts";

/** A new conversation: nothing shown yet, nothing known. */
export function initialState(lang: Lang = "it"): ConversationState {
  return ConversationStateSchema.parse({ lang });
}
