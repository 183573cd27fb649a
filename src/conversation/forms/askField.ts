import type { FormField } from "../../content/FormSchema.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import { provinceButtons } from "../place/provinceButtons.ts";
import { maskResumedValue } from "../resume/maskResumedValue.ts";
import type { Button } from "../turn.ts";
import { displayValue } from "./displayValue.ts";

/**
 * Puts one field's question, with option buttons for a choice, "Salta" for an optional field and
 * "Indietro" once there is somewhere to go back to. `lead` comes before the question (an error, a
 * "let's get back to the form"); a value already given is shown so the user knows what changes.
 */
export function askField(turn: Turn, field: FormField, lead?: string): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("askField without a form in progress");
  const lang = turn.state.lang;
  turn.state.step = { kind: "form_field", form: progress.id, field: field.id };
  const current = maskResumedValue(
    progress,
    field,
    displayValue(field, progress.values[field.id], lang, turn.deps.content.territory),
  );
  const parts = [
    lead,
    field.prompt[lang],
    field.required ? undefined : turn.r.form.optional_hint,
    current === undefined ? undefined : turn.fill(turn.r.form.current_value, { value: current }),
  ];
  const buttons: Button[] =
    field.type === "province"
      ? provinceButtons(turn.deps.content.territory, turn.r.place.other_button).slice(0, -1)
      : (field.options ?? []).map((o) => labelButton(o.label[lang]));
  if (!field.required) buttons.push(labelButton(turn.r.form.skip));
  if (progress.history.length > 0) buttons.push(labelButton(turn.r.form.back));
  turn.say(parts.filter((p) => p !== undefined).join(" "), { buttons });
}
