import { answerQuestion } from "./answerQuestion.ts";
import { looksLikeQuestion } from "./looksLikeQuestion.ts";
import { MIN_CONFIDENCE } from "./MIN_CONFIDENCE.ts";
import type { Turn } from "./Turn.ts";

/**
 * A message that is not the expected answer may be a question asked on the way: answer it if it
 * is one. Only questions and longer sentences qualify: a one-word wrong answer ("Titolare" to a
 * yes/no question) is a mistake to explain, not a topic change.
 */
export async function answerAside(turn: Turn, text: string, expecting: string): Promise<boolean> {
  const short = !looksLikeQuestion(text) && text.trim().split(/\s+/).length < 3;
  const understanding = await turn.understand(text, expecting);
  // A short word is a wrong answer, unless it plainly asks for help ("aiuto") or says goodbye ("grazie ciao").
  const plain =
    (understanding.intent === "help" || understanding.intent === "goodbye") &&
    understanding.confidence >= MIN_CONFIDENCE;
  if (short && !plain) return false;
  if (answerQuestion(turn, understanding, text, false)) return true;
  // "Che tempo fa domani?" at the codice fiscale: the scope in one line, then the same question.
  if (
    looksLikeQuestion(text) &&
    understanding.intent === "out_of_scope" &&
    understanding.confidence >= MIN_CONFIDENCE
  ) {
    turn.intent = "out_of_scope";
    turn.say(turn.r.repair.scope);
    return true;
  }
  return false;
}
