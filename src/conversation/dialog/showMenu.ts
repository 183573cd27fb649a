import { menuButtons } from "./menuButtons.ts";
import type { Turn } from "./Turn.ts";

/** Back to the start: nothing pending, the four doors offered. */
export function showMenu(turn: Turn, text?: string): void {
  turn.state.step = { kind: "menu" };
  turn.say(text ?? turn.r.opening.menu_prompt, { buttons: menuButtons(turn.r) });
}
