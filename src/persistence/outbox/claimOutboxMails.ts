import type { Database } from "../Database.ts";
import { type OutboxMailRow, OutboxMailRowSchema, utcTimestamp } from "./OutboxMailRowSchema.ts";

/**
 * Takes up to `limit` pending mails that are due, locking each until `lockUntil`: rows another
 * instance is claiming right now are skipped (FOR UPDATE SKIP LOCKED) and rows another instance
 * claimed earlier stay invisible until its lock expires, so no two instances send the same mail.
 * A sender that dies leaves its lock to expire, and the mail is tried again.
 */
export async function claimOutboxMails(
  db: Database,
  options: { now: Date; lockUntil: Date; limit: number },
): Promise<OutboxMailRow[]> {
  const rows = await db.sql.query(
    `UPDATE "OutboxMail" SET "lockedUntil" = $2::timestamp
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMail"
       WHERE "status" = 'pending' AND "nextAttemptAt" <= $1::timestamp
         AND ("lockedUntil" IS NULL OR "lockedUntil" <= $1::timestamp)
       ORDER BY "nextAttemptAt", "createdAt"
       LIMIT $3
       FOR UPDATE SKIP LOCKED)
     RETURNING "id", "kind", "dedupeKey", "to", "subject", "text", "html", "attempts"`,
    [utcTimestamp(options.now), utcTimestamp(options.lockUntil), options.limit],
  );
  return rows.map((row) => OutboxMailRowSchema.parse(row));
}
