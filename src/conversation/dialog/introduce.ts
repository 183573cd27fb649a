import { showMenu } from "./showMenu.ts";
import type { Turn } from "./Turn.ts";

/**
 * The opening: who the bot is (an automatic assistant, said plainly), the short privacy notice,
 * and, unless the user already asked something, the menu.
 */
export function introduce(turn: Turn, withMenu: boolean): void {
  turn.state.introduced = true;
  turn.say(turn.r.opening.intro);
  turn.say(turn.fill(turn.r.opening.privacy));
  turn.track({ kind: "conversation_started" });
  if (withMenu) showMenu(turn);
}
