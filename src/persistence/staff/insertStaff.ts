import type { Prisma } from "../generated/client.ts";

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
  client: Prisma.TransactionClient,
  staff: NewStaff,
): Promise<{ ok: true } | { ok: false; reason: "email_taken" }> {
  const created = await client.staff.createMany({
    data: [{ ...staff, email: staff.email.trim().toLowerCase() }],
    skipDuplicates: true,
  });
  return created.count === 1 ? { ok: true } : { ok: false, reason: "email_taken" };
}
