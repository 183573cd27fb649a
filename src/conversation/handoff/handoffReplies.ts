import type { Lang } from "../ids.ts";
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

function place(facts: QueueFacts, lang: Lang): string {
  const ahead = facts.position - 1;
  if (lang === "it") {
    const line =
      ahead <= 0
        ? "Sei il primo in coda"
        : ahead === 1
          ? "Prima di te c'è 1 persona"
          : `Prima di te ci sono ${ahead} persone`;
    return `${line}: l'attesa prevista è di circa ${facts.expectedWaitMinutes} minut${facts.expectedWaitMinutes === 1 ? "o" : "i"}.`;
  }
  const line =
    ahead <= 0
      ? "You are first in line"
      : `${ahead} ${ahead === 1 ? "person is" : "people are"} ahead of you`;
  return `${line}: the expected wait is about ${facts.expectedWaitMinutes} minute${facts.expectedWaitMinutes === 1 ? "" : "s"}.`;
}

function offerButtons(lang: Lang): Reply["buttons"] {
  return lang === "it"
    ? [
        { label: "Sì, inoltra", value: MAILBOX_FORWARD_VALUE },
        { label: "No, resto in attesa", value: MAILBOX_WAIT_VALUE },
      ]
    : [
        { label: "Yes, forward it", value: "Yes, forward it" },
        { label: "No, I'll wait", value: "No, I'll wait" },
      ];
}

/**
 * What the queue says to a user waiting for staff, in both languages (what the desk says when
 * staff act is content: `handoff` in intents/responses). Each reply tells the user what happens
 * next; the channelData lets channels and tests follow the handoff without reading prose.
 */
export const handoffReplies = {
  /** Follows the dialog's own "a person will answer you here": where the user stands in line. */
  queued(facts: QueueFacts, lang: Lang): Reply {
    return {
      text: place(facts, lang),
      buttons: [],
      channelData: { intent: "human_handoff", handoff: "queued" },
    };
  },

  mailboxOffer(facts: OfferFacts, lang: Lang): Reply {
    const situation =
      lang === "it"
        ? facts.why === "closed"
          ? `La tua richiesta è in coda, ma in questo momento non c'è nessuno in servizio (orari: ${facts.officeHours}); riapriamo ${facts.opening}.`
          : `La tua richiesta è in coda, ma l'attesa è più lunga del solito. ${place(facts, lang)}`
        : facts.why === "closed"
          ? `Your request is in line, but nobody is on duty right now (hours: ${facts.officeHours}); we reopen ${facts.opening}.`
          : `Your request is in line, but the wait is longer than usual. ${place(facts, lang)}`;
    const offer =
      lang === "it"
        ? `Se vuoi, inoltro subito questa conversazione, con la trascrizione, alla casella del programma (${facts.mailbox}). Vuoi che la inoltri?`
        : `If you like, I can forward this conversation with its transcript to the programme mailbox (${facts.mailbox}) now. Shall I forward it?`;
    return {
      text: `${situation} ${offer}`,
      buttons: offerButtons(lang),
      channelData: { intent: "human_handoff", handoff: "queued" },
    };
  },

  keepWaiting(lang: Lang): Reply {
    return {
      text:
        lang === "it"
          ? "Va bene: resti in coda e una persona dello staff ti risponderà qui appena possibile."
          : "All right: you stay in line and a member of staff will answer you here as soon as possible.",
      buttons: [],
      channelData: { handoff: "queued" },
    };
  },
};
