import type { ConversationService } from "../../../../src/conversation/service/ConversationService.ts";
import type { Reply } from "../../../../src/conversation/turn.ts";

/** Sends messages one by one through the gateway; returns the bot's replies to the last one. */
export async function talk(
  service: ConversationService,
  externalKey: string,
  messages: string[],
): Promise<Reply[]> {
  let replies: Reply[] = [];
  for (const [index, text] of messages.entries()) {
    const result = await service.receive({
      channel: "web",
      externalKey,
      externalId: `${externalKey}-${index}-${text.length}`,
      inbound: { kind: "text", text },
    });
    replies = result.replies.flatMap((m) => (m.reply ? [m.reply] : []));
  }
  return replies;
}

/** A family's request from the first message to the summary (the next message, "Invia", sends it). */
export const FAMILY_REQUEST_TO_REVIEW = [
  "Famiglia",
  "Meno di 3 anni",
  "Sì",
  "No",
  "provincia di Bergamo",
  "Lascia una richiesta",
  "Acconsento",
  "Giulia <b>Verdi</b>",
  "VRDLCU79E55F205Q",
  "Treviglio",
  "Nido, baby-sitting",
  "2 anni",
  "giulia.verdi@example.it",
  "salta",
  "salta",
];
