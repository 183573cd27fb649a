import type { Database } from "./Database.ts";

/**
 * Undoes a claim whose send failed for a reason that may pass (network, shutdown with messages
 * still queued): the message becomes undelivered again and the next delivery scan, on any
 * instance, sends it. Only the instance that claimed the message calls this.
 */
export async function releaseMessageDelivery(db: Database, messageIds: string[]): Promise<void> {
  const ids = messageIds.filter((id) => /^\d{1,19}$/.test(id));
  if (ids.length === 0) return;
  await db.sql.query(
    `UPDATE "Message" SET "deliveredAt" = NULL, "deliveryLeaseUntil" = NULL WHERE "id" = ANY($1::bigint[])`,
    [ids],
  );
}
