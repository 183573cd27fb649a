import { menuButtons } from "./menuButtons.ts";
import { requestHandoff } from "./requestHandoff.ts";
import type { Turn } from "./Turn.ts";

/** Two misunderstandings in a row are enough: the second time a person is asked to step in. */
export const MISUNDERSTOOD_LIMIT = 2;

/** The polite "I did not understand", with the menu and a person always on offer. */
export function sayFallback(turn: Turn): void {
  turn.intent = "out_of_scope";
  turn.state.misunderstood = turn.misunderstoodBefore + 1;
  turn.track({ kind: "fallback" });
  if (turn.state.misunderstood >= MISUNDERSTOOD_LIMIT && turn.context.handoff === "none") {
    turn.state.misunderstood = 0;
    requestHandoff(turn, "not_understood", turn.r.fallback.second);
    turn.state.step = { kind: "menu" };
    turn.say(turn.r.opening.menu_prompt, { buttons: menuButtons(turn.r) });
    return;
  }
  turn.state.step = { kind: "menu" };
  turn.say(turn.r.fallback.first, { buttons: menuButtons(turn.r) });
}
