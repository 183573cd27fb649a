import type { FormId } from "../../content/ids.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";

/**
 * Opens a form with its consent question: what will be asked, why, who receives it, for how long.
 * Nothing personal is kept before the user says yes.
 */
export function startForm(turn: Turn, formId: FormId): void {
  const form = turn.deps.content.forms[formId];
  const lang = turn.state.lang;
  turn.state.form = undefined;
  turn.state.step = { kind: "form_consent", form: formId };
  turn.say(
    turn.fill(turn.r.form.consent, {
      title: form.title[lang],
      fields: form.fields.map((f) => f.label[lang].toLowerCase()).join(", "),
      purpose: form.purpose[lang],
    }),
    { buttons: [labelButton(turn.r.form.consent_yes), labelButton(turn.r.form.consent_no)] },
  );
  turn.track({ kind: "form_started", formId, actionIds: turn.state.recommended });
}
