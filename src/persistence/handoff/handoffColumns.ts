import type { Prisma } from "../generated/client.ts";

/** The columns that describe a conversation's place in the handoff desk: codes and times, no text. */
export const handoffColumns = {
  id: true,
  channel: true,
  lang: true,
  atsId: true,
  province: true,
  handoffStatus: true,
  handoffReason: true,
  handoffQueuedAt: true,
  handoffOfferedAt: true,
  handoffForwardedAt: true,
  assignedStaffId: true,
} as const satisfies Prisma.ConversationSelect;
