import { isOnDuty } from "./isOnDuty.ts";
import { nextOpening, type Opening } from "./nextOpening.ts";
import type { OfficeHours } from "./OfficeHours.ts";

export interface HandoffPlanInput {
  now: Date;
  officeHours: OfficeHours;
  /** HANDOFF_MAX_WAIT_MINUTES: beyond it the user is offered the mailbox instead of waiting on. */
  maxWaitMinutes: number;
  /** 1 = first in line among the conversations of the same territory. */
  position: number;
  /** How long recent escalations waited before a person took them (minutes); none yet → a default. */
  recentAverageWaitMinutes?: number | undefined;
}

export interface HandoffPlan {
  onDuty: boolean;
  position: number;
  expectedWaitMinutes: number;
  /** Why the user is offered to forward the transcript to the mailbox, if they are. */
  offerMailbox: "closed" | "wait_exceeded" | null;
  /** When staff are next on duty (today, if they already are). */
  opening: Opening;
}

/** Without history, assume a person takes a conversation within five minutes of their turn. */
export const DEFAULT_MINUTES_PER_CONVERSATION = 5;

/**
 * Where an escalated conversation stands and what to tell the user. It is always queued (nothing
 * escalated is dropped); outside office hours, or when the expected wait passes the limit, the
 * user is also offered the programme mailbox.
 */
export function planHandoff(input: HandoffPlanInput): HandoffPlan {
  const onDuty = isOnDuty(input.officeHours, input.now);
  const perConversation = Math.max(1, input.recentAverageWaitMinutes ?? DEFAULT_MINUTES_PER_CONVERSATION);
  const position = Math.max(1, Math.floor(input.position));
  const expectedWaitMinutes = Math.max(1, Math.ceil(position * perConversation));
  const offerMailbox = !onDuty
    ? "closed"
    : expectedWaitMinutes > input.maxWaitMinutes
      ? "wait_exceeded"
      : null;
  return {
    onDuty,
    position,
    expectedWaitMinutes,
    offerMailbox,
    opening: nextOpening(input.officeHours, input.now),
  };
}
