import type { TurnContext, TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import type { RatingTrigger } from "./RatingTriggerSchema.ts";
import { ratingPrompt } from "./ratingPrompt.ts";

/**
 * The end-of-conversation rating after a sent request or a goodbye: one short question (1–5 or
 * skip), appended to the turn's replies, at most once per conversation. Never while a person
 * handles or is about to handle the conversation (the console asks when staff close it).
 */
export function offerRating(result: TurnResult, context: TurnContext, deps: TurnDeps): TurnResult {
  if (result.state.feedback.rating !== undefined || context.handoff !== "none") return result;
  if (result.effects.some((effect) => effect.kind === "handoff")) return result;
  const trigger: RatingTrigger | undefined = result.effects.some((effect) => effect.kind === "submit")
    ? "submission"
    : result.replies.some((reply) => reply.channelData.intent === "goodbye")
      ? "goodbye"
      : undefined;
  if (!trigger) return result;
  return {
    ...result,
    replies: [...result.replies, ratingPrompt(result.state.lang, trigger, deps.content)],
    state: { ...result.state, feedback: { ...result.state.feedback, rating: { trigger, pending: true } } },
  };
}
