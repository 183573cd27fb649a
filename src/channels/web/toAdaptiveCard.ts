import type { Card } from "../../conversation/turn.ts";
import { adaptiveCardBody } from "../shared/adaptiveCardBody.ts";

export interface AdaptiveCardAttachment {
  contentType: "application/vnd.microsoft.card.adaptive";
  content: Record<string, unknown>;
}

/**
 * A summary card as an Adaptive Card (the card format Web Chat, Teams and Azure share): the
 * facts as a FactSet, the buttons as Action.Submit carrying a Bot Framework messageBack, which Web
 * Chat sends back as a message whose text is the button's value (naming the card, see the core's
 * `cardButton`) while the transcript shows the button's label.
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
        data: {
          __isBotFrameworkCardAction: true,
          cardAction: { type: "messageBack", text: button.value, displayText: button.label },
        },
      })),
    },
  };
}
