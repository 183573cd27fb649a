import { answerQuestion } from "./answerQuestion.ts";
import type { Turn } from "./Turn.ts";

/** A message that is not the expected answer may be a question: answer it if it is one. */
export async function answerAside(turn: Turn, text: string, expecting: string): Promise<boolean> {
  const understanding = await turn.understand(text, expecting);
  return answerQuestion(turn, understanding, text);
}
