import type { Prisma } from "../generated/client.ts";

export interface NewStaffSession {
  /** sha256 of the cookie value: a stolen database copy does not yield usable cookies. */
  id: string;
  staffId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertStaffSession(
  client: Prisma.TransactionClient,
  session: NewStaffSession,
): Promise<void> {
  await client.staffSession.create({ data: session });
}
