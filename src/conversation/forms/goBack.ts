import type { Turn } from "../dialog/Turn.ts";
import { askField } from "./askField.ts";

/** "Indietro": the previous answered field again, its current value shown. */
export function goBack(turn: Turn): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("goBack without a form in progress");
  const form = turn.deps.content.forms[progress.id];
  const previousId = progress.history.pop();
  const previous = form.fields.find((f) => f.id === previousId);
  if (previous) {
    askField(turn, previous);
    return;
  }
  const step = turn.state.step;
  const current =
    form.fields.find((f) => step.kind === "form_field" && f.id === step.field) ?? form.fields[0];
  if (current) askField(turn, current, turn.r.form.at_first_field);
}
