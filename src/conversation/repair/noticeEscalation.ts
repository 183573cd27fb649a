import type { AtsId } from "../../content/ids.ts";
import type { Turn } from "../dialog/Turn.ts";
import { describeOfficeHours } from "../handoff/describeOfficeHours.ts";
import { describeOpening } from "../handoff/describeOpening.ts";
import { handoffReplies } from "../handoff/handoffReplies.ts";
import { askPlace } from "../place/askPlace.ts";
import type { QueueStatus } from "../ports/HandoffQueue.ts";

/**
 * Where the user stands after asking for a person (or asking how long it takes): the place in
 * line and the expected wait, or, out of office hours or past the longest wait, the offer to
 * forward the conversation to the programme mailbox with a contact.
 */
export async function noticeEscalation(turn: Turn): Promise<void> {
  const status = await queueStatus(turn);
  if (!status) return;
  tellQueueStatus(turn, status);
  // Operators see the conversations of their territory: ask it, unless an offer waits for a yes.
  const territory = turn.effects.some((e) => e.kind === "territory");
  if (!status.territoryKnown && !territory && !status.offerMailbox && turn.state.step.kind === "menu") {
    askPlace(turn, "province");
  }
}

export async function queueStatus(turn: Turn): Promise<QueueStatus | undefined> {
  if (!turn.context.queue) return undefined;
  const territory = turn.effects.find((e) => e.kind === "territory");
  const atsId: AtsId | undefined = territory?.kind === "territory" ? territory.atsId : undefined;
  return turn.context.queue(atsId);
}

export function tellQueueStatus(turn: Turn, status: QueueStatus): void {
  const lang = turn.state.lang;
  if (status.forwarded) {
    turn.say(turn.fill(turn.r.queue.already_forwarded));
    return;
  }
  if (status.offerMailbox) {
    const reply = handoffReplies.mailboxOffer(
      {
        position: status.position,
        expectedWaitMinutes: status.expectedWaitMinutes,
        why: status.offerMailbox,
        officeHours: describeOfficeHours(status.officeHours, lang),
        opening: describeOpening(status.opening, lang),
        mailbox: turn.deps.settings.mailbox,
      },
      turn.r.handoff,
      lang,
    );
    turn.say(reply.text, { buttons: reply.buttons });
    if (!status.offered) turn.emit({ kind: "handoff_offered" });
    return;
  }
  const reply = handoffReplies.queued(
    { position: status.position, expectedWaitMinutes: status.expectedWaitMinutes },
    turn.r.handoff,
  );
  turn.say(reply.text);
}
