import type { Database } from "../Database.ts";

/**
 * Notes in the conversation's state that the end-of-conversation rating is asked now (staff closed
 * the handoff), unless it was ever asked: true only for the caller that may ask. Bumps the version,
 * so a turn computed on the older state conflicts and is recomputed with the question pending.
 */
export async function markRatingAsked(
  db: Database,
  conversationId: string,
  trigger: string,
): Promise<boolean> {
  const rows = await db.sql.query(
    `UPDATE "Conversation"
        SET state = jsonb_set(state, '{feedback}',
              COALESCE(state->'feedback', '{}'::jsonb) || jsonb_build_object('rating',
                jsonb_build_object('trigger', $2::text, 'pending', true))),
            version = version + 1
      WHERE id = $1 AND (state->'feedback'->'rating') IS NULL
      RETURNING id`,
    [conversationId, trigger],
  );
  return rows.length === 1;
}
