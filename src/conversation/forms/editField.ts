import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askField } from "./askField.ts";
import { findField } from "./findField.ts";

/**
 * "Modifica <campo>" goes straight to the field; "Modifica" alone asks which one, with a button per
 * field. After the new answer the form continues where it was (the summary, if it was complete).
 */
export function editField(turn: Turn, name: string | undefined): void {
  const progress = turn.state.form;
  if (!progress) throw new Error("editField without a form in progress");
  const form = turn.deps.content.forms[progress.id];
  const lang = turn.state.lang;
  if (name !== undefined && name.trim() !== "") {
    const field = findField(form, name);
    if (field) {
      askField(turn, field);
      return;
    }
    turn.say(
      turn.fill(turn.r.form.unknown_field, {
        name,
        fields: form.fields.map((f) => f.label[lang]).join(", "),
      }),
    );
  }
  turn.state.step = { kind: "form_pick_field", form: progress.id };
  turn.say(turn.r.form.pick_field, { buttons: form.fields.map((f) => labelButton(f.label[lang])) });
}
