import type { Button } from "../../conversation/turn.ts";

/** "2" with buttons on screen means the second button: its value is what gets sent. */
export function pressButton(input: string, buttons: readonly Button[]): string {
  const trimmed = input.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return trimmed;
  return buttons[Number(trimmed) - 1]?.value ?? trimmed;
}
