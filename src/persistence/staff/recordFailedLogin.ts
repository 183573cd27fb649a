import type { Database } from "../Database.ts";

/**
 * Counts a wrong password in one atomic statement (two instances may see attempts at once) and,
 * at the limit, locks the account until `lockUntil` and starts counting again. Returns the lock
 * time when this attempt triggered it.
 */
export async function recordFailedLogin(
  db: Database,
  staffId: string,
  limit: number,
  lockUntil: Date,
): Promise<Date | null> {
  const rows = await db.sql.query(
    `UPDATE "Staff"
        SET "failedLogins" = CASE WHEN "failedLogins" + 1 >= $2 THEN 0 ELSE "failedLogins" + 1 END,
            "lockedUntil"  = CASE WHEN "failedLogins" + 1 >= $2 THEN $3::timestamptz ELSE "lockedUntil" END
      WHERE id = $1
  RETURNING "lockedUntil"`,
    [staffId, limit, lockUntil.toISOString()],
  );
  const locked = rows[0]?.lockedUntil;
  return locked instanceof Date && locked.getTime() === lockUntil.getTime() ? locked : null;
}
