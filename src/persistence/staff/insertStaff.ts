import type { Database } from "../Database.ts";

export interface NewStaff {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  role: string;
  atsId: string | null;
}

/** Returns `{ ok: false }` when the email is taken, the one mistake an administrator can make here. */
export async function insertStaff(
  db: Database,
  staff: NewStaff,
): Promise<{ ok: true } | { ok: false; reason: "email_taken" }> {
  const created = await db.prisma.staff.createMany({
    data: [{ ...staff, email: staff.email.trim().toLowerCase() }],
    skipDuplicates: true,
  });
  return created.count === 1 ? { ok: true } : { ok: false, reason: "email_taken" };
}
