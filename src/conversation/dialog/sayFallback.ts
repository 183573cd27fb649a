import { labelButton, menuButtons } from "./menuButtons.ts";
import type { Turn } from "./Turn.ts";

/**
 * In-scope messages not understood in a row before a person is offered. The offer is a choice:
 * small talk or a misunderstanding never wakes an operator by itself.
 */
export const MISUNDERSTOOD_LIMIT = 3;

/**
 * The polite "I did not understand" (or, for something outside the programme, a short scope
 * answer), with the menu; after three misses in a row, a person is offered as a button.
 */
export function sayFallback(turn: Turn, outOfScope = false): void {
  turn.intent = "out_of_scope";
  turn.track({ kind: "fallback" });
  turn.state.step = { kind: "menu" };
  if (outOfScope) {
    turn.state.misunderstood = turn.misunderstoodBefore;
    turn.say(turn.r.repair.scope, { buttons: menuButtons(turn.r) });
    return;
  }
  turn.state.misunderstood = turn.misunderstoodBefore + 1;
  if (turn.state.misunderstood >= MISUNDERSTOOD_LIMIT) {
    turn.state.misunderstood = 0;
    turn.say(turn.r.repair.offer_person, {
      buttons: [labelButton(turn.r.menu.person), labelButton(turn.r.menu.main)],
    });
    return;
  }
  turn.say(turn.r.fallback.first, { buttons: menuButtons(turn.r) });
}
