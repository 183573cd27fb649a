import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";

/** "Cancella i miei dati": first say exactly what would go, and ask to confirm. */
export function askErase(turn: Turn): void {
  turn.intent = "privacy";
  turn.state.confirmingErase = true;
  const references = turn.state.references;
  turn.say(
    turn.fill(turn.r.erase.confirm, {
      references_part:
        references.length > 0
          ? turn.fill(turn.r.erase.references_part, { references: references.join(", ") })
          : "",
    }),
    { buttons: [labelButton(turn.r.erase.yes), labelButton(turn.r.erase.no)] },
  );
}
