import type { Attachment } from "botbuilder";

/** An Adaptive Card in version 1.3, the one Teams, Azure Direct Line and Web Chat all read, as an attachment. */
export function adaptiveCardAttachment(
  body: Record<string, unknown>[],
  actions: Record<string, unknown>[],
): Attachment {
  return {
    contentType: "application/vnd.microsoft.card.adaptive",
    content: {
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: "1.3",
      body,
      actions,
    },
  };
}
