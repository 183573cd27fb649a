import type { FormId } from "../../content/ids.ts";
import { answerAside } from "../dialog/answerAside.ts";
import type { CommandMatch } from "../dialog/matchCommand.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { FieldValue } from "../state/ConversationState.ts";
import { askNextField } from "./askNextField.ts";

/** Yes starts the form (pre-filled with what the interview already knows); no keeps nothing. */
export async function handleConsent(
  turn: Turn,
  formId: FormId,
  command: CommandMatch | undefined,
  text: string,
): Promise<void> {
  const form = turn.deps.content.forms[formId];
  if (command?.id === "yes") {
    const values: Record<string, FieldValue> = {};
    for (const field of form.fields) {
      const known = field.prefill === undefined ? undefined : prefillValue(turn, field.prefill);
      if (known !== undefined) values[field.id] = known;
    }
    turn.state.form = {
      id: formId,
      values,
      history: [],
      consentAt: turn.deps.now().toISOString(),
      attempts: 0,
    };
    turn.track({ kind: "form_step", formId, step: "consent" });
    askNextField(turn);
    return;
  }
  if (command?.id === "no" || command?.id === "cancel" || command?.id === "menu" || command?.id === "back") {
    turn.track({ kind: "form_consent_declined", formId });
    showMenu(turn, turn.r.form.declined);
    return;
  }
  const buttons = [labelButton(turn.r.form.consent_yes), labelButton(turn.r.form.consent_no)];
  await answerAside(turn, text, "consent");
  turn.say(turn.r.form.consent_needed, { buttons });
}

function prefillValue(turn: Turn, key: "province" | "comune" | "employees"): FieldValue | undefined {
  const value = turn.state.profile[key === "employees" ? "workers" : key];
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}
