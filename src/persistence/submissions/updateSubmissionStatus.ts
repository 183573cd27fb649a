import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Database } from "../Database.ts";

/** Changes the status of a submission within the staff's territories; false when not found there. */
export async function updateSubmissionStatus(
  db: Database,
  id: string,
  status: string,
  access: AtsAccess,
): Promise<boolean> {
  const { count } = await db.prisma.submission.updateMany({
    where: { id, ...atsWhere(access) },
    data: { status },
  });
  return count === 1;
}
