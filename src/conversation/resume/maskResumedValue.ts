import type { FieldType, FormField } from "../../content/FormSchema.ts";
import type { FormProgress } from "../state/ConversationState.ts";

/** Places and choices from a list say nothing about who the person is: they stay readable. */
const READABLE: ReadonlySet<FieldType> = new Set<FieldType>(["province", "comune", "choice"]);

const maskWord = (word: string) =>
  word.length <= 2
    ? `${word.slice(0, 1)}•`
    : `${word.slice(0, 1)}${"•".repeat(word.length - 2)}${word.slice(-1)}`;

/** "Giulia Verdi" → "G••••a V•••i"; an e-mail keeps its domain: "g••••••••••i@example.it". */
export function maskText(text: string): string {
  const at = text.lastIndexOf("@");
  if (at > 0 && !/\s/.test(text)) return `${maskWord(text.slice(0, at))}${text.slice(at)}`;
  return text
    .split(/(\s+)/)
    .map((part) => (/^\s+$/.test(part) ? part : maskWord(part)))
    .join("");
}

/**
 * How a form value is shown after a resume code moved the conversation here: a value given on
 * the other channel is masked (a guessed or stolen code must not reveal a name, a codice fiscale
 * or an e-mail), a value given again here is shown as typed, and places and list choices stay
 * readable. Undefined stays undefined.
 */
export function maskResumedValue(
  progress: FormProgress,
  field: FormField,
  shown: string | undefined,
): string | undefined {
  if (shown === undefined || READABLE.has(field.type) || !progress.resumedFields?.includes(field.id)) {
    return shown;
  }
  return maskText(shown);
}
