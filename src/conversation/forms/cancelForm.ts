import { showMenu } from "../dialog/showMenu.ts";
import type { Turn } from "../dialog/Turn.ts";

/** "Annulla": the answers are dropped from the state at once; nothing was sent. */
export function cancelForm(turn: Turn): void {
  const formId =
    turn.state.form?.id ?? (turn.state.step.kind === "form_consent" ? turn.state.step.form : undefined);
  turn.state.form = undefined;
  showMenu(turn, `${turn.r.form.cancelled} ${turn.r.opening.menu_prompt}`);
  turn.track({ kind: "form_cancelled", ...(formId ? { formId } : {}) });
}
