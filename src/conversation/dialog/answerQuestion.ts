import { ActionIdSchema } from "../../content/ids.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { answerDocumentTopic } from "./answerDocumentTopic.ts";
import { describeAction } from "./describeAction.ts";
import { MIN_CONFIDENCE } from "./MIN_CONFIDENCE.ts";
import { requestHandoff } from "./requestHandoff.ts";
import { sayProgrammeAnswer } from "./sayProgrammeAnswer.ts";
import type { Turn } from "./Turn.ts";

/**
 * Answers a question asked in the middle of something else (a form, the interview, the consent),
 * so the caller can bring the user back to the same point. False when the message is not a
 * question the bot can answer.
 */
export function answerQuestion(
  turn: Turn,
  understanding: Understanding,
  text: string,
  /** Follow-up buttons only when nothing else is pending: mid-form they would lead away from it. */
  withButtons = true,
): boolean {
  if (answerDocumentTopic(turn, understanding, text, withButtons)) return true;
  if (understanding.intent === "out_of_scope" || understanding.confidence < MIN_CONFIDENCE) return false;
  switch (understanding.intent) {
    case "help":
      turn.intent = "help";
      turn.say(turn.r.help);
      return true;
    case "goodbye":
      // "Grazie, ci risentiamo" mid-interview: a goodbye; the question stays for when they are back.
      turn.intent = "goodbye";
      turn.say(turn.r.goodbye);
      return true;
    case "privacy":
      turn.intent = "privacy";
      turn.say(turn.fill(turn.r.privacy.notice));
      return true;
    case "human_handoff":
      turn.intent = "human_handoff";
      requestHandoff(turn, "user_request");
      return true;
    case "programme_info":
    case "por_fse_projects":
    case "find_network":
      return sayKnowledgeAnswer(turn, understanding, text, withButtons);
    default: {
      const action = ActionIdSchema.safeParse(understanding.intent);
      if (!action.success) return false;
      describeAction(turn, action.data);
      return true;
    }
  }
}

function sayKnowledgeAnswer(
  turn: Turn,
  understanding: Understanding,
  text: string,
  withButtons: boolean,
): boolean {
  const answer = turn.deps.knowledge.answer(understanding, text, turn.state.profile, turn.state.lang);
  if (!answer) return false;
  sayProgrammeAnswer(turn, understanding.intent, answer, withButtons);
  return true;
}
