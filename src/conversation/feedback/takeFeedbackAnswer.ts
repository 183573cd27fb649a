import { copyPlainData } from "../../kernel/copyPlainData.ts";
import { matchCommand } from "../dialog/matchCommand.ts";
import type { TurnDeps } from "../dialog/TurnDeps.ts";
import type { TurnResult } from "../dialog/TurnResult.ts";
import { maskPersonalData } from "../nlu/maskPersonalData.ts";
import type { ConversationState } from "../state/ConversationState.ts";
import { MAX_COMMENT_LENGTH } from "./FeedbackWriteSchema.ts";
import { feedbackReply } from "./feedbackReply.ts";
import { parseRatingScore } from "./parseRatingScore.ts";

/**
 * A message right after a feedback question. It answers the pending rating (a score or "salta")
 * or the "what was missing" question (any text but a command, stored with personal data masked);
 * `result` is then the whole turn. Otherwise the question lapses (a rating is never asked again)
 * and the message goes on to the dialog with the returned state.
 */
export function takeFeedbackAnswer(
  text: string,
  state: ConversationState,
  deps: TurnDeps,
): { result?: TurnResult; state: ConversationState } {
  const { rating, awaitingComment } = state.feedback;
  if (!rating?.pending && awaitingComment === undefined) return { state };
  const next = copyPlainData(state);
  delete next.feedback.awaitingComment;
  if (next.feedback.rating) next.feedback.rating.pending = false;
  const r = deps.content.responses[next.lang].feedback;
  const command = matchCommand(text, deps.content);
  if (rating?.pending) {
    const score = parseRatingScore(text);
    if (score !== undefined || command?.id === "skip") {
      return {
        state: next,
        result: {
          replies: [feedbackReply(score === undefined ? r.rating_skipped : r.rating_thanks)],
          state: next,
          effects: [
            { kind: "feedback", write: { kind: "rating", trigger: rating.trigger, score: score ?? null } },
          ],
        },
      };
    }
    return { state: next };
  }
  if (awaitingComment === undefined || command !== undefined) {
    if (command?.id === "skip") {
      return {
        state: next,
        result: { replies: [feedbackReply(r.comment_skipped)], state: next, effects: [] },
      };
    }
    return { state: next };
  }
  const comment = maskPersonalData(text).trim().slice(0, MAX_COMMENT_LENGTH);
  if (comment === "") return { state: next };
  return {
    state: next,
    result: {
      replies: [feedbackReply(r.comment_thanks, [{ label: r.person, value: r.person }])],
      state: next,
      effects: [{ kind: "feedback", write: { kind: "comment", messageId: awaitingComment, comment } }],
    },
  };
}
