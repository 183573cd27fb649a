import { HandoffReasonSchema } from "../../conversation/dialog/TurnEffect.ts";
import { HANDOFF_REASON_LABELS } from "../../conversation/handoff/HANDOFF_REASON_LABELS.ts";

export interface QueueRow {
  id: string;
  channel: string;
  lang: string;
  atsId: string | null;
  province: string | null;
  handoffStatus: string;
  handoffReason: string | null;
  handoffQueuedAt: Date | null;
  handoffOfferedAt: Date | null;
  handoffForwardedAt: Date | null;
  assignedStaffId: string | null;
  lastActivityAt: Date;
  assignedStaff: { displayName: string } | null;
}

/** A queue line: codes, times and names only, no message text. */
export function toQueueItem(row: QueueRow, now: Date) {
  const reason = HandoffReasonSchema.safeParse(row.handoffReason);
  return {
    id: row.id,
    channel: row.channel,
    lang: row.lang,
    atsId: row.atsId,
    province: row.province,
    status: row.handoffStatus,
    reason: reason.success ? reason.data : null,
    reasonLabel: reason.success ? HANDOFF_REASON_LABELS[reason.data] : "Motivo non indicato",
    queuedAt: row.handoffQueuedAt?.toISOString() ?? null,
    waitingSeconds: row.handoffQueuedAt
      ? Math.max(0, Math.round((now.getTime() - row.handoffQueuedAt.getTime()) / 1000))
      : 0,
    mailboxOfferedAt: row.handoffOfferedAt?.toISOString() ?? null,
    forwardedAt: row.handoffForwardedAt?.toISOString() ?? null,
    assignedStaffId: row.assignedStaffId,
    assignedStaffName: row.assignedStaff?.displayName ?? null,
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}
