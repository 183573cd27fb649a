import type { Prisma } from "../generated/client.ts";

export interface StaffChanges {
  displayName?: string | undefined;
  role?: string | undefined;
  atsId?: string | null | undefined;
  active?: boolean | undefined;
  passwordHash?: string | undefined;
  /** Lifts a lock-out. */
  unlock?: boolean | undefined;
}

/**
 * Changes an account; a deactivated account, a new role or a new password also ends the account's
 * sessions, so a change of rights takes effect at once. Returns false when the account does not exist.
 * Two statements: call it inside a transaction (the console's staff accounts service does, with the
 * audit entry).
 */
export async function updateStaff(
  client: Prisma.TransactionClient,
  id: string,
  changes: StaffChanges,
): Promise<boolean> {
  const endSessions =
    changes.active === false ||
    changes.role !== undefined ||
    changes.atsId !== undefined ||
    !!changes.passwordHash;
  const updated = await client.staff.updateMany({
    where: { id },
    data: {
      displayName: changes.displayName,
      role: changes.role,
      atsId: changes.atsId,
      active: changes.active,
      passwordHash: changes.passwordHash,
      ...(changes.unlock ? { failedLogins: 0, lockedUntil: null } : {}),
    },
  });
  if (updated.count === 1 && endSessions) await client.staffSession.deleteMany({ where: { staffId: id } });
  return updated.count === 1;
}
