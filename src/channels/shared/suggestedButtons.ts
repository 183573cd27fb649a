import type { Button, Reply } from "../../conversation/turn.ts";

/**
 * The reply's buttons that its card does not already show: a summary card's "Invia / Modifica /
 * Annulla" appear once, on the card, not a second time as suggested actions under it.
 */
export function suggestedButtons(reply: Reply): Button[] {
  const onCard = new Set((reply.card?.buttons ?? []).map((button) => button.value));
  return reply.buttons.filter((button) => !onCard.has(button.value));
}
