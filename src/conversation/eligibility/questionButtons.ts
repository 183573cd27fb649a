import type { Question } from "../../content/questionsSchema.ts";
import type { Button } from "../turn.ts";

/** A question's options as buttons in both languages; the label is also the text sent back. */
export function questionButtons(question: Question): { it: Button[]; en: Button[] } {
  return {
    it: question.options.map((o) => ({ label: o.label.it, value: o.label.it })),
    en: question.options.map((o) => ({ label: o.label.en, value: o.label.en })),
  };
}
