import type { Understanding } from "../nlu/Understanding.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { Reply } from "../turn.ts";
import type { TurnEffect } from "./TurnEffect.ts";

export interface TurnResult {
  replies: Reply[];
  state: ConversationState;
  effects: TurnEffect[];
  /** What the understanding made of the message, when it was asked (stored beside the message). */
  understanding?: Understanding;
}
