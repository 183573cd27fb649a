import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { askNextField } from "./askNextField.ts";
import { cancelForm } from "./cancelForm.ts";
import { editField } from "./editField.ts";

/** After "Modifica": the name (or button) of the field to change. */
export function handlePickField(turn: Turn, command: CommandMatch | undefined, text: string): void {
  switch (command?.id) {
    case "back":
      askNextField(turn);
      return;
    case "cancel":
    case "menu":
      cancelForm(turn);
      return;
    case "edit":
      editField(turn, command.rest);
      return;
    default:
      editField(turn, text);
  }
}
