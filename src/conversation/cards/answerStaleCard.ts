import { labelButton } from "../dialog/menuButtons.ts";
import { repromptStep } from "../dialog/repromptStep.ts";
import type { Turn } from "../dialog/Turn.ts";

/**
 * A button of a card that is no longer the current one: nothing is sent, edited or cancelled. The
 * user hears why: the card's request already went out (with its reference), or the answers
 * changed after it (and the form goes on where it is), or no request is open any more.
 */
export function answerStaleCard(turn: Turn, card: string): void {
  const sent = turn.state.sentCards.find((entry) => entry.card === card);
  if (sent) {
    turn.say(turn.fill(turn.r.form.already_sent, { reference: sent.reference }), {
      reference: sent.reference,
      buttons: [labelButton(turn.r.menu.main)],
    });
    return;
  }
  if (turn.state.form && turn.state.step.kind.startsWith("form_")) {
    repromptStep(turn, turn.r.form.card_outdated);
    return;
  }
  turn.say(turn.fill(turn.r.form.nothing_to_send), { buttons: [labelButton(turn.r.menu.main)] });
}
