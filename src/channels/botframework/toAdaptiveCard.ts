import type { Attachment } from "botbuilder";
import type { Card } from "../../conversation/turn.ts";
import { adaptiveCardBody } from "../shared/adaptiveCardBody.ts";
import { adaptiveCardAttachment } from "./adaptiveCardAttachment.ts";

/**
 * A summary card as an Adaptive Card, the card format Teams, Azure Direct Line and Web Chat
 * share: facts as a FactSet, buttons as Action.Submit whose data says messageBack to Teams (the
 * value comes back as the text, the label is what the user sees) and carries the value for Web
 * Chat (it comes back in `value`). The value names the card: the core decides if it still acts.
 */
export function toAdaptiveCard(card: Card): Attachment {
  return adaptiveCardAttachment(
    adaptiveCardBody(card, { headingStyle: false }),
    card.buttons.map((button) => ({
      type: "Action.Submit",
      title: button.label,
      data: {
        msteams: { type: "messageBack", text: button.value, displayText: button.label },
        value: button.value,
      },
    })),
  );
}
