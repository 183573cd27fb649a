import type { AtsAccess } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";
import { type SubmissionFilter, submissionWhere } from "./SubmissionFilter.ts";

/** Submissions matching the filters within the staff's territories, newest first. */
export async function listSubmissionsForStaff(
  db: Database,
  filter: SubmissionFilter,
  access: AtsAccess,
  limit = 200,
) {
  return db.prisma.submission.findMany({
    where: submissionWhere(filter, access),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      reference: true,
      conversationId: true,
      formId: true,
      actionIds: true,
      province: true,
      atsId: true,
      data: true,
      status: true,
      erasedAt: true,
      createdAt: true,
    },
  });
}
