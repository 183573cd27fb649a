import { ActionIdSchema, type IntentId, type ProvinceCode } from "../../content/ids.ts";
import type { Understanding } from "../nlu/Understanding.ts";
import { CLEAR_TOPIC_SCORE } from "../ports/ProgrammeKnowledge.ts";
import { readMessage } from "../repair/readMessage.ts";
import { MIN_CONFIDENCE } from "./MIN_CONFIDENCE.ts";
import { sayProgrammeAnswer } from "./sayProgrammeAnswer.ts";
import type { Turn } from "./Turn.ts";

/** Intents about the conversation itself, never a question on the document. */
const SOCIAL_INTENTS: ReadonlySet<IntentId> = new Set(["greeting", "goodbye", "human_handoff", "privacy"]);

/** Intents answered from the document anyway: the topic only chooses which answer. */
const DOCUMENT_INTENTS: ReadonlySet<IntentId> = new Set([
  "programme_info",
  "por_fse_projects",
  "find_network",
]);

/**
 * Over an understood intent that starts a flow (an action's interview, a request, help), the
 * document wins only when its topic is beyond doubt: "vorrei avviare un servizio" mentions a start,
 * but it is not asking when the projects started.
 */
const SURE_TOPIC_SCORE = 0.85;

/**
 * A message whose words clearly ask something of the programme document ("quanto vale il voucher
 * nido?", "quanti progetti a Brescia?") is answered from the document, whatever flow its intent
 * would start: an amount, a deadline or a figure never opens an interview or a form, and a question
 * the statistical understanding missed is not met with "non ho capito". Returns whether it answered.
 */
export function answerDocumentTopic(
  turn: Turn,
  understanding: Understanding,
  text: string,
  /** Follow-up buttons only when nothing else is pending. */
  withButtons: boolean,
): boolean {
  const understood = understanding.intent !== "out_of_scope" && understanding.confidence >= MIN_CONFIDENCE;
  // A greeting or a goodbye the understanding is sure of is not a question; a mere guess is no reason not to answer.
  if (understood && SOCIAL_INTENTS.has(understanding.intent)) return false;
  // The last answer's topic lets a rule read an ellipsis ("e gli altri?") in its context.
  const match = turn.deps.knowledge.findTopic(text, understanding.lang, turn.state.lastAnswer?.topic);
  if (!match || match.score < CLEAR_TOPIC_SCORE) return false;
  if (understood && !DOCUMENT_INTENTS.has(understanding.intent) && match.score < SURE_TOPIC_SCORE)
    return false;
  const isAction = ActionIdSchema.safeParse(understanding.intent).success;
  // What an action is: its own flow describes it and offers the interview.
  if (understood && isAction && match.topic === "action_info") return false;
  // The answer's channelData names a programme intent, never "out_of_scope" for a question it answered.
  const intent: IntentId =
    isAction || DOCUMENT_INTENTS.has(understanding.intent) ? understanding.intent : "programme_info";
  const asked: Understanding = { ...understanding, intent };
  const answer = turn.deps.knowledge.answer(asked, text, turn.state.profile, turn.state.lang, {
    topic: match.topic,
    ...carriedPlace(turn, text),
  });
  if (!answer) return false;
  // "A quale ATS mi rivolgo?" without a place: its own flow asks for the place and waits for it.
  if (understood && understanding.intent === "find_network" && answer.kind === "navigation" && !answer.source)
    return false;
  sayProgrammeAnswer(turn, intent, answer, withButtons);
  return true;
}

/** Longer than this, a message is a question of its own, not a follow-up of the last answer. */
const MAX_FOLLOW_UP_WORDS = 7;

/**
 * "E quanti progetti erano?" after Milano's money: a short follow-up naming no place keeps the
 * place of the last answer (the answer uses it only when the message names none).
 */
function carriedPlace(turn: Turn, text: string): { place?: { province?: ProvinceCode; comune?: string } } {
  const last = turn.state.lastAnswer;
  if (!last || (!last.province && !last.comune)) return {};
  const message = readMessage(text, turn.deps.content.dialogue);
  if (!message.acts.follow_up?.atStart || message.words.length > MAX_FOLLOW_UP_WORDS) return {};
  return {
    place: {
      ...(last.province ? { province: last.province } : {}),
      ...(last.comune ? { comune: last.comune } : {}),
    },
  };
}
