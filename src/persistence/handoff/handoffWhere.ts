import type { AtsAccess } from "../AtsAccess.ts";

/**
 * Which escalated conversations a staff member may see and take: those of their territories, plus
 * those whose territory is not known yet while nobody has taken them (every operator sees them,
 * so they never wait unseen), and those they took themselves.
 */
export function handoffWhere(access: AtsAccess, staffId: string) {
  if (access.kind === "all") return {};
  return {
    OR: [
      ...(access.kind === "ats" ? [{ atsId: access.atsId }] : []),
      { atsId: null, handoffStatus: "queued", assignedStaffId: null },
      { atsId: null, assignedStaffId: staffId },
    ],
  };
}
