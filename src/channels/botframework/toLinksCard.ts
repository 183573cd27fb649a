import type { Attachment } from "botbuilder";
import { findLinks } from "../shared/findLinks.ts";
import { adaptiveCardAttachment } from "./adaptiveCardAttachment.ts";

/** Teams shows at most six actions on a card; a reply never carries more addresses than that. */
const MAX_LINKS = 6;

/**
 * The web and email addresses of a reply as an Adaptive Card of Action.OpenUrl buttons (a mailto:
 * for the programme mailbox, https for web pages): the text is sent as plain text, where not every
 * Bot Framework client makes addresses clickable. Undefined when the texts carry no address.
 */
export function toLinksCard(texts: Array<string | undefined>): Attachment | undefined {
  const links = new Map<string, string>();
  for (const text of texts) {
    for (const piece of findLinks(text ?? "")) {
      if (piece.kind === "link" && !links.has(piece.href)) links.set(piece.href, piece.text);
    }
  }
  if (links.size === 0) return undefined;
  return adaptiveCardAttachment(
    [],
    [...links].slice(0, MAX_LINKS).map(([url, title]) => ({ type: "Action.OpenUrl", title, url })),
  );
}
