import { answerAside } from "../dialog/answerAside.ts";
import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { cancelForm } from "./cancelForm.ts";
import { correctFormFields } from "./correctFormFields.ts";
import { editField } from "./editField.ts";
import { goBack } from "./goBack.ts";
import { showReview } from "./showReview.ts";
import { submitForm } from "./submitForm.ts";

/** The summary is up: send, edit a field, cancel, or a question (then the summary again). */
export async function handleReview(
  turn: Turn,
  command: CommandMatch | undefined,
  text: string,
): Promise<void> {
  switch (command?.id) {
    case "submit":
    case "yes":
      submitForm(turn);
      return;
    case "edit":
      editField(turn, command.rest);
      return;
    case "cancel":
    case "menu":
    case "no":
      cancelForm(turn);
      return;
    case "back":
      goBack(turn);
      return;
    default:
      // "Vorrei aggiungere il telefono: 347 …": a value of a field's kind changes that field.
      if (!text.includes("?") && correctFormFields(turn, text)) return;
      await answerAside(turn, text, "review");
      showReview(turn);
  }
}
