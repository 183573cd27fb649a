import type { Button } from "../turn.ts";

/** Between a card button's label and the card it belongs to, in the value it sends back. */
export const CARD_MARK = " #";

/**
 * A button of one card: its value is the label (what a typed answer would say) followed by the
 * card's id, so a press on an old card is told apart from one on the current card by the core,
 * whatever the channel that carried it (Web Chat, Telegram callback data, Bot Framework data).
 */
export function cardButton(label: string, cardId: string): Button {
  return { label, value: `${label}${CARD_MARK}${cardId}` };
}
