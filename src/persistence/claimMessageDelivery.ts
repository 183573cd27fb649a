import { z } from "zod";
import type { Database } from "./Database.ts";

const ClaimedRowSchema = z.object({ id: z.union([z.string(), z.number(), z.bigint()]).transform(String) });

/**
 * Marks outbound messages as handed to their channel and returns the ids this caller won. One
 * UPDATE guarded by `"deliveredAt" IS NULL`: when two instances claim the same message, the second
 * waits for the first to commit, re-checks the condition and gets nothing, so every message is
 * sent by exactly one of them. Ids come back oldest first, the order the user must read them in.
 */
export async function claimMessageDelivery(db: Database, messageIds: string[]): Promise<string[]> {
  const ids = messageIds.filter((id) => /^\d{1,19}$/.test(id));
  if (ids.length === 0) return [];
  const rows = await db.sql.query(
    `UPDATE "Message" SET "deliveredAt" = (now() AT TIME ZONE 'UTC')
     WHERE "id" = ANY($1::bigint[]) AND "deliveredAt" IS NULL AND "direction" <> 'in'
     RETURNING "id"`,
    [ids],
  );
  return rows
    .map((row) => ClaimedRowSchema.parse(row).id)
    .sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : BigInt(a) > BigInt(b) ? 1 : 0));
}
