import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";

/**
 * "Invia" or "Modifica" with no summary open: a button of an old summary card, pressed again (or
 * found again after a reload). It sends nothing and starts nothing; it says the request already
 * went out, with its reference, or that the summary is closed.
 */
export function answerStaleReview(turn: Turn): void {
  const reference = turn.state.references.at(-1);
  const text = reference
    ? turn.fill(turn.r.form.already_sent, { reference })
    : turn.fill(turn.r.form.nothing_to_send);
  turn.say(text, { buttons: [labelButton(turn.r.menu.main)], ...(reference ? { reference } : {}) });
}
