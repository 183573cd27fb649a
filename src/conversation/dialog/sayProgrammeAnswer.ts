import type { IntentId } from "../../content/ids.ts";
import type { ProgrammeAnswer } from "../ports/ProgrammeKnowledge.ts";
import { rememberAnswer } from "../repair/rememberAnswer.ts";
import type { Turn } from "./Turn.ts";

/**
 * Says an answer from the programme knowledge the same way wherever it was found: the turn's
 * intent and actions, the source and rating key in channelData, and the answer remembered for a
 * follow-up. Follow-up buttons only when nothing else is pending.
 */
export function sayProgrammeAnswer(
  turn: Turn,
  intent: IntentId,
  answer: ProgrammeAnswer,
  withButtons: boolean,
): void {
  turn.intent = intent;
  rememberAnswer(turn, intent, answer);
  if (answer.actions && answer.actions.length > 0) turn.actions = answer.actions;
  turn.say(answer.text, {
    buttons: withButtons ? (answer.buttons ?? []) : [],
    ...(answer.source ? { source: answer.source } : {}),
    answerKey: `topic:${answer.topic}`,
  });
}
