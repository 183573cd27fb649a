import type { HandoffOutcome } from "../../conversation/handoff/HandoffOutcome.ts";
import type { HandoffQueue } from "../../conversation/ports/HandoffQueue.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

export type DeskResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      reason: "not_found" | "not_queued" | "already_taken" | "not_assigned" | "forbidden" | "bad_target";
    };

/**
 * The handoff operations: the console's (claim, reassign, reply, note, hand back, close) and the
 * conversation service's (around each turn), on one implementation so both agree on the rules.
 */
export interface HandoffDesk extends HandoffQueue {
  claim(conversationId: string, staff: StaffPrincipal): Promise<DeskResult>;
  reassign(conversationId: string, toStaffId: string, staff: StaffPrincipal): Promise<DeskResult>;
  reply(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult>;
  note(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult>;
  handBack(conversationId: string, staff: StaffPrincipal): Promise<DeskResult>;
  close(conversationId: string, outcome: HandoffOutcome, staff: StaffPrincipal): Promise<DeskResult>;
  /** Offers the mailbox to conversations that waited past the limit (run periodically on every instance). */
  sweepOverdue(): Promise<number>;
}
