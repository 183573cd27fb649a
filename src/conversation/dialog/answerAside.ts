import { answerQuestion } from "./answerQuestion.ts";
import { looksLikeQuestion } from "./looksLikeQuestion.ts";
import type { Turn } from "./Turn.ts";

/**
 * A message that is not the expected answer may be a question asked on the way: answer it if it
 * is one. Only questions and longer sentences qualify: a one-word wrong answer ("Titolare" to a
 * yes/no question) is a mistake to explain, not a topic change.
 */
export async function answerAside(turn: Turn, text: string, expecting: string): Promise<boolean> {
  if (!looksLikeQuestion(text) && text.trim().split(/\s+/).length < 3) return false;
  const understanding = await turn.understand(text, expecting);
  return answerQuestion(turn, understanding, text, false);
}
