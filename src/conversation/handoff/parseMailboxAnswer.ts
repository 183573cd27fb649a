/** The values of the two buttons of the mailbox offer (short: Telegram allows 64 bytes). */
export const MAILBOX_FORWARD_VALUE = "Sì, inoltra la conversazione";
export const MAILBOX_WAIT_VALUE = "No, resto in attesa";

const FORWARD = /^(s[iìí]|yes|ok|okay|va bene|inoltra|forward|s[iìí],? inoltra.*|yes,? forward.*)[.!]?$/;
const WAIT =
  /^(no|no grazie|no thanks|aspetto|attendo|resto in attesa|wait|no,? resto in attesa|no,? i.?ll wait)[.!]?$/;

/**
 * The user's answer to the offer to forward the conversation to the programme mailbox; anything
 * else goes on to the bot as a normal message (the offer stays open).
 */
export function parseMailboxAnswer(text: string): "forward" | "wait" | undefined {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (normalized === MAILBOX_FORWARD_VALUE.toLowerCase() || FORWARD.test(normalized)) return "forward";
  if (normalized === MAILBOX_WAIT_VALUE.toLowerCase() || WAIT.test(normalized)) return "wait";
  return undefined;
}
