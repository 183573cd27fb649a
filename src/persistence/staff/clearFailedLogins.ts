import type { Prisma } from "../generated/client.ts";

/** A correct password resets the count of wrong ones. */
export async function clearFailedLogins(client: Prisma.TransactionClient, staffId: string): Promise<void> {
  await client.staff.update({ where: { id: staffId }, data: { failedLogins: 0, lockedUntil: null } });
}
