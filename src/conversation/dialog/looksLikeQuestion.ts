import { normalizeUtterance } from "./normalizeUtterance.ts";

const QUESTION_WORDS =
  /^(come|quanto|quanti|quante|quanta|quale|quali|dove|quando|chi|cosa|che cosa|perche|posso|possiamo|si puo|ci sono|c e|e possibile|what|how|which|where|when|who|why|can|could|is|are|do|does)\b/;

/**
 * Whether a free-text answer (a name, a description) is rather a question: only then is the
 * understanding asked, so ordinary answers never leave the form.
 */
export function looksLikeQuestion(text: string): boolean {
  return text.includes("?") || QUESTION_WORDS.test(normalizeUtterance(text));
}
