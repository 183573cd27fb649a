import type { Database } from "./Database.ts";

/** Ends the lease of claimed messages whose send ended (sent, or refused for good): they stay delivered. */
export async function confirmMessageDelivery(db: Database, messageIds: string[]): Promise<void> {
  const ids = messageIds.filter((id) => /^\d{1,19}$/.test(id));
  if (ids.length === 0) return;
  await db.sql.query(`UPDATE "Message" SET "deliveryLeaseUntil" = NULL WHERE "id" = ANY($1::bigint[])`, [
    ids,
  ]);
}
