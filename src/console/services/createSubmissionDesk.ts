import { AtsIdSchema } from "../../content/ids.ts";
import type { Database } from "../../persistence/Database.ts";
import { findSubmissionForStaff } from "../../persistence/submissions/findSubmissionForStaff.ts";
import { listSubmissionsForStaff } from "../../persistence/submissions/listSubmissionsForStaff.ts";
import type { SubmissionFilter } from "../../persistence/submissions/SubmissionFilter.ts";
import { updateSubmissionStatus } from "../../persistence/submissions/updateSubmissionStatus.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { accessOf } from "../auth/accessOf.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ConsoleEvents } from "../live/createConsoleEvents.ts";
import { romeMidnight } from "../views/romeMidnight.ts";
import type { SubmissionQuery } from "../views/SubmissionQuery.ts";
import type { SubmissionStatus } from "../views/SubmissionStatus.ts";

/** The most requests a list or an export reads. */
const MAX_ROWS = 5000;

function nextDay(isoDay: string): string {
  const d = new Date(`${isoDay}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function toFilter(query: SubmissionQuery): SubmissionFilter {
  return {
    action: query.action,
    province: query.province,
    status: query.status,
    from: query.from ? romeMidnight(query.from) : undefined,
    to: query.to ? romeMidnight(nextDay(query.to)) : undefined,
  };
}

/**
 * The requests (submissions) as staff handle them: scoped by the staff member's territories, a
 * status change written with its audit entry in one transaction, then open consoles told.
 */
export function createSubmissionDesk(db: Database, events: ConsoleEvents) {
  /** The requests matching the filters within the staff member's territories, newest first. */
  const list = (query: SubmissionQuery, staff: StaffPrincipal) =>
    listSubmissionsForStaff(db, toFilter(query), accessOf(staff), MAX_ROWS);

  return {
    list,

    /** The same selection for the CSV export, the export audited with its count and filters. */
    async export(query: SubmissionQuery, staff: StaffPrincipal) {
      const rows = await list(query, staff);
      await recordAudit(db.prisma, staff.id, "submission.export", undefined, {
        count: rows.length,
        filters: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)),
      });
      return rows;
    },

    /** Whether a request is within the staff member's territories (the page shell; nothing audited). */
    reaches: async (id: string, staff: StaffPrincipal) =>
      (await findSubmissionForStaff(db, id, accessOf(staff))) !== null,

    /** One request within the staff member's territories, its opening audited; undefined elsewhere. */
    async open(id: string, staff: StaffPrincipal) {
      const submission = await findSubmissionForStaff(db, id, accessOf(staff));
      if (submission)
        await recordAudit(db.prisma, staff.id, "submission.view", { type: "submission", id: submission.id });
      return submission;
    },

    /** Moves a request to a status; false when it is not within the staff member's territories. */
    async setStatus(id: string, status: SubmissionStatus, staff: StaffPrincipal) {
      const before = await findSubmissionForStaff(db, id, accessOf(staff));
      if (!before) return false;
      const changed = await db.prisma.$transaction(async (tx) => {
        if (!(await updateSubmissionStatus(tx, id, status, accessOf(staff)))) return false;
        await recordAudit(
          tx,
          staff.id,
          "submission.status",
          { type: "submission", id },
          { from: before.status, to: status },
        );
        return true;
      });
      if (!changed) return false;
      const atsId = AtsIdSchema.safeParse(before.atsId);
      await events.publish({ type: "submission", id, atsId: atsId.success ? atsId.data : null });
      return true;
    },
  };
}
