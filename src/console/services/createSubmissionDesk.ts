import { AtsIdSchema } from "../../content/ids.ts";
import type { Database } from "../../persistence/Database.ts";
import { findSubmissionForStaff } from "../../persistence/submissions/findSubmissionForStaff.ts";
import { updateSubmissionStatus } from "../../persistence/submissions/updateSubmissionStatus.ts";
import { recordAudit } from "../audit/recordAudit.ts";
import { accessOf } from "../auth/accessOf.ts";
import type { StaffPrincipal } from "../auth/StaffPrincipal.ts";
import type { ConsoleEvents } from "../live/ConsoleEvents.ts";
import type { SubmissionStatus } from "../views/SubmissionStatus.ts";

export interface SubmissionDesk {
  /** One request within the staff member's territories, its opening audited; undefined elsewhere. */
  open(id: string, staff: StaffPrincipal): ReturnType<typeof findSubmissionForStaff>;
  /** Moves a request to a status; false when it is not within the staff member's territories. */
  setStatus(id: string, status: SubmissionStatus, staff: StaffPrincipal): Promise<boolean>;
}

/**
 * The requests (submissions) as staff handle them: scoped by the staff member's territories, a
 * status change written with its audit entry in one transaction, then open consoles told.
 */
export function createSubmissionDesk(db: Database, events: ConsoleEvents): SubmissionDesk {
  return {
    async open(id, staff) {
      const submission = await findSubmissionForStaff(db, id, accessOf(staff));
      if (submission)
        await recordAudit(db.prisma, staff.id, "submission.view", { type: "submission", id: submission.id });
      return submission;
    },

    async setStatus(id, status, staff) {
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
