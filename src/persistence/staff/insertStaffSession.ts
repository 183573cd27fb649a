import type { Database } from "../Database.ts";

export interface NewStaffSession {
  /** sha256 of the cookie value: a stolen database copy does not yield usable cookies. */
  id: string;
  staffId: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function insertStaffSession(db: Database, session: NewStaffSession): Promise<void> {
  await db.prisma.staffSession.create({ data: session });
}
