import type { FormField } from "../../content/FormSchema.ts";
import { ProvinceCodeSchema } from "../../content/ids.ts";
import { answerAside } from "../dialog/answerAside.ts";
import { looksLikeQuestion } from "../dialog/looksLikeQuestion.ts";
import type { CommandMatch } from "../dialog/matchCommand.ts";
import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { Button } from "../turn.ts";
import { askField } from "./askField.ts";
import { askNextField } from "./askNextField.ts";
import { cancelForm } from "./cancelForm.ts";
import { checkField } from "./checkField.ts";
import { editField } from "./editField.ts";
import { goBack } from "./goBack.ts";

/** After this many wrong answers in a row the user is offered a way out (skip or a person). */
export const ATTEMPTS_BEFORE_HELP = 3;

/**
 * One answer to a form field: a command (indietro, annulla, salta, modifica…), a valid value, a
 * question asked on the way (answered, then back to the same field), or a mistake explained.
 */
export async function handleFieldAnswer(
  turn: Turn,
  fieldId: string,
  command: CommandMatch | undefined,
  text: string,
): Promise<void> {
  const progress = turn.state.form;
  if (!progress) throw new Error("handleFieldAnswer without a form in progress");
  const form = turn.deps.content.forms[progress.id];
  const field = form.fields.find((f) => f.id === fieldId);
  if (!field) {
    askNextField(turn);
    return;
  }
  switch (command?.id) {
    case "back":
      goBack(turn);
      return;
    case "cancel":
    case "menu":
      cancelForm(turn);
      return;
    case "edit":
      editField(turn, command.rest);
      return;
    case "skip":
      if (!field.required) {
        accept(turn, field, "");
        return;
      }
      askField(turn, field, turn.fill(turn.r.errors.required, { prompt: "" }).trim());
      return;
    default:
      break;
  }
  const freeText = field.type === "text" || field.type === "long_text";
  if (freeText && looksLikeQuestion(text) && (await answerAside(turn, text, field.type))) {
    askField(turn, field, turn.fill(turn.r.form.resume, { prompt: "" }).trim());
    return;
  }
  const check = checkField(field, text, { territory: turn.deps.content.territory, values: progress.values });
  if (check.ok) {
    accept(turn, field, check.value);
    return;
  }
  if (!freeText && (await answerAside(turn, text, field.type))) {
    askField(turn, field, turn.fill(turn.r.form.resume, { prompt: "" }).trim());
    return;
  }
  if (field.type === "integer" && turn.understanding?.entities.employees !== undefined) {
    accept(turn, field, turn.understanding.entities.employees);
    return;
  }
  progress.attempts += 1;
  const error =
    check.error === "choice_unknown"
      ? turn.fill(turn.r.errors.choice_unknown, {
          options: (field.options ?? []).map((o) => o.label[turn.state.lang]).join(", "),
        })
      : check.error === "required"
        ? turn.fill(turn.r.errors.required, { prompt: field.prompt[turn.state.lang] })
        : turn.fill(turn.r.errors[check.error], check.values);
  const buttons: Button[] = (field.options ?? []).map((o) => labelButton(o.label[turn.state.lang]));
  if (progress.attempts >= ATTEMPTS_BEFORE_HELP) {
    const way = field.required ? turn.r.form.skip_or_person_required : turn.r.form.skip_or_person_optional;
    if (!field.required) buttons.push(labelButton(turn.r.form.skip));
    buttons.push(labelButton(turn.r.menu.person));
    turn.say(`${error} ${turn.fill(turn.r.form.too_many_attempts, { skip_or_person: way })}`, { buttons });
    return;
  }
  turn.say(error, { buttons });
}

function accept(turn: Turn, field: FormField, value: string | number): void {
  const progress = turn.state.form;
  if (!progress) return;
  const previous = progress.values[field.id];
  progress.values[field.id] = value;
  progress.resumedFields = progress.resumedFields?.filter((id) => id !== field.id);
  progress.history = [...progress.history.filter((id) => id !== field.id), field.id];
  progress.attempts = 0;
  turn.track({ kind: "form_step", formId: progress.id, step: field.id });
  if (field.type === "province" && previous !== undefined && previous !== value) {
    // A new province may not hold the old comune: ask it again.
    const form = turn.deps.content.forms[progress.id];
    for (const other of form.fields) {
      if (other.type === "comune") delete progress.values[other.id];
    }
  }
  const province = ProvinceCodeSchema.safeParse(progress.values.province);
  if (province.success && (field.type === "province" || field.type === "comune")) {
    const comune = typeof progress.values.comune === "string" ? progress.values.comune : undefined;
    const network = turn.deps.knowledge.findNetwork(province.data, comune, turn.state.lang);
    turn.emit({
      kind: "territory",
      province: province.data,
      ...(network.ok ? { atsId: network.network.atsId } : {}),
    });
  }
  askNextField(turn);
}
