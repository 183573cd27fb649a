/**
 * The conversation's handoff columns when no handoff is open: what hand-back, close and a
 * user's withdrawal all write, so the three never disagree on what "no longer queued" means.
 */
export const HANDOFF_CLEARED = {
  handoffStatus: "none",
  assignedStaffId: null,
  handoffReason: null,
  handoffQueuedAt: null,
  handoffOfferedAt: null,
  handoffForwardedAt: null,
} as const;
