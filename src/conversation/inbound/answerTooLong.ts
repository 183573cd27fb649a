import { copyPlainData } from "../../kernel/copyPlainData.ts";
import { Turn } from "../dialog/Turn.ts";
import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import { MAX_TEXT_LENGTH } from "../turn.ts";

/** A message over the limit: the user hears why it was not read; the conversation stays where it was. */
export function answerTooLong(state: ConversationState, context: TurnContext, deps: TurnDeps): TurnResult {
  const turn = new Turn(copyPlainData(state), context, deps);
  turn.say(turn.fill(turn.r.too_long, { max: MAX_TEXT_LENGTH }));
  return turn.result();
}
