import type { AtsId } from "../content/ids.ts";

/**
 * Which territories a staff member may see, as queries need it: every ATS (supervisors, admins),
 * one ATS (operators), or none (an operator not yet given an ATS). Queries apply it in the WHERE
 * clause, so an object outside it is simply not found.
 */
export type AtsAccess = { kind: "all" } | { kind: "ats"; atsId: AtsId } | { kind: "none" };

/** The Prisma `where` fragment of an access: a row's `atsId` must match. */
export function atsWhere(access: AtsAccess): { atsId?: string | { in: string[] } } {
  if (access.kind === "all") return {};
  if (access.kind === "ats") return { atsId: access.atsId };
  return { atsId: { in: [] } };
}
