import type { Lang } from "../../content/ids.ts";
import type { Responses } from "../../content/ResponsesSchema.ts";
import { renderTemplate } from "../format/renderTemplate.ts";
import type { Reply } from "../turn.ts";
import { MAILBOX_FORWARD_VALUE, MAILBOX_WAIT_VALUE } from "./mailboxOfferValues.ts";

export interface QueueFacts {
  position: number;
  expectedWaitMinutes: number;
}

export interface OfferFacts extends QueueFacts {
  why: "closed" | "wait_exceeded";
  /** "dal lunedì al venerdì, 09:00–17:00" */
  officeHours: string;
  /** "domani alle 09:00" */
  opening: string;
  mailbox: string;
}

type HandoffTexts = Responses["handoff"];

function place(facts: QueueFacts, says: HandoffTexts): string {
  const ahead = facts.position - 1;
  const where =
    ahead <= 0
      ? says.first_in_line
      : ahead === 1
        ? says.one_ahead
        : renderTemplate(says.many_ahead, { n: String(ahead) });
  return facts.expectedWaitMinutes === 1
    ? renderTemplate(says.wait_one_minute, { place: where })
    : renderTemplate(says.wait_minutes, { place: where, minutes: String(facts.expectedWaitMinutes) });
}

/** Italian buttons keep the values the queue has always recognised; English ones send their label. */
function offerButtons(says: HandoffTexts, lang: Lang): Reply["buttons"] {
  return [
    { label: says.forward_button, value: lang === "it" ? MAILBOX_FORWARD_VALUE : says.forward_button },
    { label: says.wait_button, value: lang === "it" ? MAILBOX_WAIT_VALUE : says.wait_button },
  ];
}

/**
 * What the queue says to a user waiting for staff (the words are content: `handoff` in
 * intents/responses). Each reply tells the user what happens next; the channelData lets channels
 * and tests follow the handoff without reading prose.
 */
export const handoffReplies = {
  /** Follows the dialog's own "a person will answer you here": where the user stands in line. */
  queued(facts: QueueFacts, says: HandoffTexts): Reply {
    return {
      text: place(facts, says),
      buttons: [],
      channelData: { intent: "human_handoff", handoff: "queued" },
    };
  },

  mailboxOffer(facts: OfferFacts, says: HandoffTexts, lang: Lang): Reply {
    const situation =
      facts.why === "closed"
        ? renderTemplate(says.offer_closed, { hours: facts.officeHours, opening: facts.opening })
        : renderTemplate(says.offer_long_wait, { place: place(facts, says) });
    const offer = renderTemplate(says.offer_forward, { mailbox: facts.mailbox });
    return {
      text: `${situation} ${offer}`,
      buttons: offerButtons(says, lang),
      channelData: { intent: "human_handoff", handoff: "queued" },
    };
  },

  keepWaiting(says: HandoffTexts): Reply {
    return { text: says.keep_waiting, buttons: [], channelData: { handoff: "queued" } };
  },
};
