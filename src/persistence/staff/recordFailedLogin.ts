import type { Prisma } from "../generated/client.ts";

/**
 * Counts a wrong password and, at the limit, locks the account until `lockUntil` and starts
 * counting again. Run in a transaction (with the audit entry of the attempt): the increment holds
 * the row until the commit, so two instances seeing attempts at once count each of them. Returns
 * the lock time when this attempt triggered it.
 */
export async function recordFailedLogin(
  client: Prisma.TransactionClient,
  staffId: string,
  limit: number,
  lockUntil: Date,
): Promise<Date | null> {
  const counted = await client.staff.updateManyAndReturn({
    where: { id: staffId },
    data: { failedLogins: { increment: 1 } },
    select: { failedLogins: true },
  });
  const failures = counted[0]?.failedLogins;
  if (failures === undefined || failures < limit) return null;
  await client.staff.update({ where: { id: staffId }, data: { failedLogins: 0, lockedUntil: lockUntil } });
  return lockUntil;
}
