import type { CommandMatch } from "../dialog/matchCommand.ts";
import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";
import { cancelForm } from "../forms/cancelForm.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { saysMostly } from "./saysMostly.ts";

/**
 * "Basta", "lascia perdere", "never mind" in any state, also right after a validation error:
 * whatever was pending is dropped and the menu is back. A question that merely contains a cancel
 * word ("basta un documento?") is not a cancel.
 */
export function cancelPattern(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): boolean {
  const wanted =
    command?.id === "cancel" ||
    command?.id === "menu" ||
    (command === undefined && saysMostly(message, "cancel", message.question ? 0.75 : 0.5));
  if (!wanted) return false;
  turn.state.requestPending = false;
  turn.state.interviewTrail = [];
  const step = turn.state.step;
  if (step.kind.startsWith("form_")) {
    cancelForm(turn);
    return true;
  }
  if (command?.id === "menu") {
    showMenu(turn);
    return true;
  }
  const lead = step.kind === "menu" ? turn.r.repair.nothing_to_cancel : turn.r.repair.cancelled;
  showMenu(turn, `${lead} ${turn.r.opening.menu_prompt}`);
  return true;
}
