import { takeCardPress } from "../cards/takeCardPress.ts";
import { handleTurn } from "../dialog/handleTurn.ts";
import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import { answerTooLong } from "../inbound/answerTooLong.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import type { ChannelInbound } from "./ChannelInboundSchema.ts";
import { handleFeedback } from "./handleFeedback.ts";
import { offerRating } from "./offerRating.ts";
import { takeFeedbackAnswer } from "./takeFeedbackAnswer.ts";

/**
 * The dialog with feedback around it, kept apart from `handleTurn`: a vote is handled here (it is
 * not text and never reaches the understanding), a button of an old card is answered without the
 * dialog (a current one reaches it as its label), a pending feedback question may take the
 * message, and a turn that ends the conversation gets the one-time rating question. A message
 * too long to read gets a polite answer and nothing else.
 */
export async function handleChannelTurn(
  inbound: ChannelInbound,
  state: ConversationState,
  context: TurnContext,
  deps: TurnDeps,
): Promise<TurnResult> {
  if (inbound.kind === "feedback") return handleFeedback(inbound, state, context, deps);
  if (inbound.kind === "too_long") return answerTooLong(state, context, deps);
  if (inbound.kind === "start")
    return offerRating(await handleTurn(inbound, state, context, deps), context, deps);
  const press = takeCardPress(inbound.text, state, context, deps);
  if (press.kind === "stale") return press.result;
  const text = press.kind === "current" ? press.text : inbound.text;
  const taken = takeFeedbackAnswer(text, state, deps);
  if (taken.result) return taken.result;
  // The message as it came (its language hint with it), with the text a card press stands for.
  return offerRating(await handleTurn({ ...inbound, text }, taken.state, context, deps), context, deps);
}
