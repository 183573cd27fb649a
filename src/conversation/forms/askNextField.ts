import type { Turn } from "../dialog/Turn.ts";
import { askField } from "./askField.ts";
import { showReview } from "./showReview.ts";

/** The first field without an answer (a skipped one counts as answered), or the summary. */
export function askNextField(turn: Turn, lead?: string): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("askNextField without a form in progress");
  const form = turn.deps.content.forms[progress.id];
  const next = form.fields.find((field) => !(field.id in progress.values));
  if (next) askField(turn, next, lead);
  else showReview(turn, lead);
}
