import { z } from "zod";
import type { Database } from "./Database.ts";

const ClaimedRowSchema = z.object({ id: z.union([z.string(), z.number(), z.bigint()]).transform(String) });

/**
 * Marks outbound messages as handed to their channel and returns the ids this caller won. One
 * UPDATE guarded by `"deliveredAt" IS NULL`: when two instances claim the same message, the second
 * waits for the first to commit, re-checks the condition and gets nothing, so every message is
 * sent by exactly one of them. With `leaseMs` the claim lasts that long unless the caller confirms
 * the send (confirmMessageDelivery): a message whose claimer crashed before sending is claimed
 * again by the next scan, on any instance. Ids come back oldest first, the order the user must
 * read them in.
 */
export async function claimMessageDelivery(
  db: Database,
  messageIds: string[],
  leaseMs?: number,
): Promise<string[]> {
  const ids = messageIds.filter((id) => /^\d{1,19}$/.test(id));
  if (ids.length === 0) return [];
  const rows = await db.sql.query(
    `UPDATE "Message" SET "deliveredAt" = (now() AT TIME ZONE 'UTC'),
       "deliveryLeaseUntil" = (now() AT TIME ZONE 'UTC') + $2::integer * interval '1 millisecond'
     WHERE "id" = ANY($1::bigint[]) AND "direction" <> 'in'
       AND ("deliveredAt" IS NULL OR "deliveryLeaseUntil" < (now() AT TIME ZONE 'UTC'))
     RETURNING "id"`,
    [ids, leaseMs ?? null],
  );
  return rows
    .map((row) => ClaimedRowSchema.parse(row).id)
    .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}
