import { z } from "zod";
import type { Database } from "../Database.ts";

const RevokedRowSchema = z.object({ tokensRevokedAt: z.date().nullable() });

/**
 * When the web chat tokens of a channel conversation were voided (erasure, close), if ever. Asked
 * every few seconds for each chat in use (see createTokenRevocations), so most messages of a chat
 * at a person's pace pay for it: plain SQL with a statement name, like the turn's own queries.
 */
export async function findTokensRevokedAt(
  db: Database,
  channel: string,
  externalKey: string,
): Promise<Date | undefined> {
  const rows = await db.sql.query(
    `SELECT ("tokensRevokedAt" AT TIME ZONE 'UTC') AS "tokensRevokedAt"
     FROM "Conversation" WHERE "channel" = $1 AND "externalKey" = $2 LIMIT 1`,
    [channel, externalKey],
    "conciliabot_tokens_revoked_at",
  );
  return rows[0] === undefined ? undefined : (RevokedRowSchema.parse(rows[0]).tokensRevokedAt ?? undefined);
}
