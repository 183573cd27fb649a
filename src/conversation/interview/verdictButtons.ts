import { labelButton } from "../dialog/menuButtons.ts";
import type { Turn } from "../dialog/Turn.ts";
import type { Button } from "../turn.ts";

/** What a verdict offers next: a request when something fits, a person, the menu. */
export function verdictButtons(turn: Turn, somethingFits: boolean): Button[] {
  return [
    ...(somethingFits ? [labelButton(turn.r.interview.offer_form)] : []),
    labelButton(turn.r.interview.offer_person),
    labelButton(turn.r.menu.main),
  ];
}
