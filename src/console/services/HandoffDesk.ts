import type { HandoffOutcome } from "../../conversation/handoff/HandoffOutcome.ts";
import type { HandoffQueue } from "../../conversation/ports/HandoffQueue.ts";
import type { findConversationForStaff } from "../../persistence/handoff/findConversationForStaff.ts";
import type { listHandoffQueue } from "../../persistence/handoff/listHandoffQueue.ts";
import type { listNotes } from "../../persistence/handoff/listNotes.ts";
import type { listTranscript } from "../../persistence/handoff/listTranscript.ts";
import type { listStaff } from "../../persistence/staff/listStaff.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";

export type DeskResult =
  | { ok: true; messageId?: string }
  | {
      ok: false;
      reason: "not_found" | "not_queued" | "already_taken" | "not_assigned" | "forbidden" | "bad_target";
    };

/** A conversation as a staff member opens it: the row, its transcript, notes and staff names. */
export interface DeskConversation {
  row: NonNullable<Awaited<ReturnType<typeof findConversationForStaff>>>;
  messages: Awaited<ReturnType<typeof listTranscript>>;
  notes: Awaited<ReturnType<typeof listNotes>>;
  staffNames: Map<string, string>;
}

/**
 * The handoff operations: the console's (claim, reassign, reply, note, hand back, close) and the
 * conversation service's (around each turn), on one implementation so both agree on the rules.
 */
export interface HandoffDesk extends HandoffQueue {
  /** The queue a staff member sees: their territories and the escalations they may take. */
  queue(staff: StaffPrincipal): Promise<Awaited<ReturnType<typeof listHandoffQueue>>>;
  /** Whether a conversation is within the staff member's reach (the page shell; nothing audited). */
  reaches(conversationId: string, staff: StaffPrincipal): Promise<boolean>;
  /** One conversation within the staff member's reach; opening it (not a refresh) is audited. */
  open(conversationId: string, staff: StaffPrincipal, audit: boolean): Promise<DeskConversation | undefined>;
  /** Who may take the conversation: active staff, operators only of its ATS. */
  assignees(
    conversationId: string,
    staff: StaffPrincipal,
  ): Promise<Awaited<ReturnType<typeof listStaff>> | undefined>;
  claim(conversationId: string, staff: StaffPrincipal): Promise<DeskResult>;
  reassign(conversationId: string, toStaffId: string, staff: StaffPrincipal): Promise<DeskResult>;
  reply(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult>;
  note(conversationId: string, text: string, staff: StaffPrincipal): Promise<DeskResult>;
  handBack(conversationId: string, staff: StaffPrincipal): Promise<DeskResult>;
  close(conversationId: string, outcome: HandoffOutcome, staff: StaffPrincipal): Promise<DeskResult>;
  /** Offers the mailbox to conversations that waited past the limit (run periodically on every instance). */
  sweepOverdue(): Promise<number>;
}
