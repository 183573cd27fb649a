import { MAX_BUTTON_VALUE } from "../turn.ts";
import { CARD_MARK } from "./cardButton.ts";

export interface CardPress {
  /** The button's label, as if the user had typed it. */
  label: string;
  /** The card the button belongs to (see `reviewCardId`). */
  card: string;
}

const PRESS = new RegExp(`^(.{1,60})${CARD_MARK}([0-9a-f]{8})$`, "u");

/**
 * The inverse of `cardButton`: the label and card of a pressed card button, or undefined for any
 * other message. Channels use it too, to show the label instead of the value in the user's echo.
 */
export function readCardPress(text: string): CardPress | undefined {
  if (text.length > MAX_BUTTON_VALUE) return undefined;
  const match = PRESS.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  return { label: match[1], card: match[2] };
}
