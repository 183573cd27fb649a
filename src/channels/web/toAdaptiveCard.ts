import type { Card } from "../../conversation/turn.ts";
import { adaptiveCardBody } from "../shared/adaptiveCardBody.ts";

export interface AdaptiveCardAttachment {
  contentType: "application/vnd.microsoft.card.adaptive";
  content: Record<string, unknown>;
}

/**
 * A summary card as an Adaptive Card (the card format Web Chat, Teams and Azure share): the
 * facts as a FactSet, the buttons as Action.Submit with a string `data`, which Web Chat sends
 * back as an imBack message, exactly like a suggested action.
 */
export function toAdaptiveCard(card: Card): AdaptiveCardAttachment {
  const body = adaptiveCardBody(card, { headingStyle: true });
  return {
    contentType: "application/vnd.microsoft.card.adaptive",
    content: {
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.5",
      speak: [card.title, card.subtitle, ...card.facts.map((f) => `${f.label}: ${f.value}`), card.text]
        .filter(Boolean)
        .join(". "),
      body,
      actions: card.buttons.map((button) => ({
        type: "Action.Submit",
        title: button.label,
        data: button.value,
      })),
    },
  };
}
