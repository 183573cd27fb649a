import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";

/** One submission with its mails, if it lies within the staff member's territories. */
export async function findSubmissionForStaff(db: Database, id: string, access: AtsAccess) {
  return db.prisma.submission.findFirst({
    where: { id, ...atsWhere(access) },
    include: {
      mails: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          to: true,
          status: true,
          attempts: true,
          sentAt: true,
          lastError: true,
        },
      },
    },
  });
}
