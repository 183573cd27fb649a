import type { CommandMatch } from "../dialog/matchCommand.ts";
import type { Turn } from "../dialog/Turn.ts";
import { handoffReplies } from "../handoff/handoffReplies.ts";
import { MAILBOX_FORWARD_VALUE, MAILBOX_WAIT_VALUE } from "../handoff/mailboxOfferValues.ts";
import { findEmail } from "../nlu/entities/findEmail.ts";
import { findPhone } from "../nlu/entities/findPhone.ts";
import { foldText } from "../nlu/foldText.ts";
import type { DialogueMessage } from "./DialogueMessage.ts";
import { queueStatus, tellQueueStatus } from "./noticeEscalation.ts";
import { saysMostly } from "./saysMostly.ts";

/**
 * While the conversation waits for a person: how long, the mailbox offer and the contact to
 * forward, withdrawing the request. Anything else goes on to the bot, which keeps answering.
 */
export async function queuePattern(
  turn: Turn,
  message: DialogueMessage,
  command: CommandMatch | undefined,
): Promise<boolean> {
  if (turn.context.handoff !== "queued") {
    turn.state.awaitingContact = false;
    return false;
  }
  const cancel = command?.id === "cancel" || saysMostly(message, "cancel");
  if (turn.state.awaitingContact) {
    const contact = findEmail(message.text) ?? findPhone(foldText(message.text));
    if (contact) {
      forwardWith(turn, contact);
      return true;
    }
    if (cancel || command?.id === "no" || saysMostly(message, "deny")) {
      turn.state.awaitingContact = false;
      turn.say(handoffReplies.keepWaiting(turn.r.handoff).text);
      return true;
    }
    if (!message.question) {
      turn.say(turn.r.queue.contact_invalid);
      return true;
    }
    return false;
  }
  // Outside a form a yes or a no answers the offer; inside one, only the offer's own buttons do,
  // or a yes that carries the contact ("sì, scrivetemi a marco@…").
  const contact = findEmail(message.text) ?? findPhone(foldText(message.text));
  if (contact && message.acts.affirm) {
    const status = await queueStatus(turn);
    if (status?.offered && !status.forwarded) {
      forwardWith(turn, contact);
      return true;
    }
  }
  const free = turn.state.step.kind === "menu";
  const forward =
    message.text.trim() === MAILBOX_FORWARD_VALUE ||
    (free && (command?.id === "yes" || saysMostly(message, "affirm")));
  const wait =
    message.text.trim() === MAILBOX_WAIT_VALUE ||
    (free && (command?.id === "no" || (saysMostly(message, "deny") && !cancel)));
  if (forward || wait) {
    const status = await queueStatus(turn);
    if (status?.offered && !status.forwarded) {
      turn.intent = "human_handoff";
      if (forward) {
        turn.state.awaitingContact = true;
        turn.say(turn.r.queue.ask_contact);
      } else {
        turn.say(handoffReplies.keepWaiting(turn.r.handoff).text);
      }
      return true;
    }
  }
  if (cancel && !message.question) {
    turn.intent = "human_handoff";
    turn.emit({ kind: "handoff_withdrawn" });
    turn.state.handoffReason = undefined;
    // The province was asked only for the operators: no longer needed.
    if (turn.state.step.kind === "ask_place") turn.state.step = { kind: "menu" };
    turn.say(turn.r.queue.withdrawn);
    return true;
  }
  if (message.acts.queue_wait || (message.acts.repeat && turn.state.step.kind === "menu")) {
    const status = await queueStatus(turn);
    if (!status) return false;
    turn.intent = "human_handoff";
    tellQueueStatus(turn, status);
    return true;
  }
  return false;
}

/** Forwards the escalation with the contact and gives the user the reference the mail carries. */
function forwardWith(turn: Turn, contact: string): void {
  turn.state.awaitingContact = false;
  const reference = turn.deps.newReference(turn.deps.now());
  turn.intent = "human_handoff";
  turn.emit({ kind: "mailbox_forward", contact, reference });
  turn.say(turn.fill(turn.r.queue.forwarded, { contact, reference }), { reference });
}
