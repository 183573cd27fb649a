import { type AtsAccess, atsWhere } from "../AtsAccess.ts";
import type { Prisma } from "../generated/client.ts";

/** Changes the status of a submission within the staff's territories; false when not found there. */
export async function updateSubmissionStatus(
  client: Prisma.TransactionClient,
  id: string,
  status: string,
  access: AtsAccess,
): Promise<boolean> {
  const { count } = await client.submission.updateMany({
    where: { id, ...atsWhere(access) },
    data: { status },
  });
  return count === 1;
}
