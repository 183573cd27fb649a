import type { AtsId, Lang } from "../../content/ids.ts";
import type { Opening } from "../handoff/nextOpening.ts";
import type { OfficeHours } from "../handoff/OfficeHours.ts";
import type { HandoffStatus } from "./ConversationStore.ts";

/** Where a conversation stands in the staff queue, or would stand if it joined it now. */
export interface QueueStatus {
  /** 1 = first in line among the conversations of the same territory. */
  position: number;
  expectedWaitMinutes: number;
  onDuty: boolean;
  /** Why forwarding to the programme mailbox should be offered, if it should. */
  offerMailbox: "closed" | "wait_exceeded" | null;
  officeHours: OfficeHours;
  opening: Opening;
  /** The mailbox was offered for the current escalation (by a turn or by the overdue sweep). */
  offered: boolean;
  /** The current escalation was already forwarded to the mailbox. */
  forwarded: boolean;
  /** The conversation's ATS is known, so the operators of that territory see it. */
  territoryKnown: boolean;
}

/**
 * The staff queue as the dialogue sees it. The core decides what to say and do (queue notices,
 * the mailbox offer, the contact to forward, withdrawing); the implementation on the database
 * only reports where the conversation stands and does the forwarding.
 */
export interface HandoffQueue {
  status(input: { conversationId: string; atsId?: AtsId | undefined }): Promise<QueueStatus>;
  /**
   * Forwards the escalation's transcript with the contact the user left to the programme mailbox.
   * Runs after the turn is stored, so the transcript includes it; a repeat is a no-op.
   */
  forward(input: { conversationId: string; contact: string; reference: string; lang: Lang }): Promise<void>;
  /** After a stored turn that touched the queue: updates open staff consoles. */
  afterTurn(input: { conversationId: string; handoff: HandoffStatus; escalated: boolean }): Promise<void>;
}
