import { handleTurn } from "../dialog/handleTurn.ts";
import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { ChannelInbound } from "./ChannelInboundSchema.ts";
import { handleFeedback } from "./handleFeedback.ts";
import { offerRating } from "./offerRating.ts";
import { takeFeedbackAnswer } from "./takeFeedbackAnswer.ts";

/**
 * The dialog with feedback around it, kept apart from `handleTurn`: a vote is handled here (it is
 * not text and never reaches the understanding), a pending feedback question may take the message,
 * and a turn that ends the conversation gets the one-time rating question.
 */
export async function handleChannelTurn(
  inbound: ChannelInbound,
  state: ConversationState,
  context: TurnContext,
  deps: TurnDeps,
): Promise<TurnResult> {
  if (inbound.kind === "feedback") return handleFeedback(inbound, state, context, deps);
  let current = state;
  if (inbound.kind === "text") {
    const taken = takeFeedbackAnswer(inbound.text, state, deps);
    if (taken.result) return taken.result;
    current = taken.state;
  }
  return offerRating(await handleTurn(inbound, current, context, deps), context, deps);
}
