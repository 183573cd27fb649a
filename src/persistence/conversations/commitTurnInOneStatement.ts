import { z } from "zod";
import { CHANNEL_DELIVERY } from "../../content/ids.ts";
import type { CommitOutcome, TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { toStoredInbound } from "./toStoredInbound.ts";

/**
 * A turn whose only effects are analytics and territory, as one statement of data-modifying CTEs:
 * the state update (optimistic check of version and handoff, which also takes the row lock), the
 * inbound message, the replies and the events. A statement is atomic on its own, so this is the
 * same all-or-nothing commit as saveTurn's transaction in one round trip instead of six or more.
 * Nothing is inserted unless the version matched; a repeated externalId fails the whole statement.
 * The replies are not announced here (the service publishes them once the turn is stored): a
 * transaction that NOTIFYs holds a lock of the whole PostgreSQL cluster from its NOTIFY until its
 * commit is flushed to disk, so turns that announced in their own commit were committed one at a
 * time, never flushed together (measured on PostgreSQL 15 with 16 connections: 183–365 commits/s
 * with the NOTIFY against 1,719–2,253 without; a NOTIFY alone, 3,800–5,500/s).
 */
const COMMIT_SQL = `
WITH conv AS (
  UPDATE "Conversation"
  SET "state" = $3::jsonb, "lang" = $4, "version" = "version" + 1,
      "lastActivityAt" = ($5::timestamptz AT TIME ZONE 'UTC'), "updatedAt" = ($5::timestamptz AT TIME ZONE 'UTC'),
      "province" = COALESCE($6, "province"), "atsId" = COALESCE($7, "atsId")
  WHERE "id" = $1 AND "version" = $2
    AND CASE WHEN $18::text = 'none' THEN "handoffStatus" NOT IN ('queued', 'with_staff')
             ELSE "handoffStatus" = $18::text END
    AND "assignedStaffId" IS NOT DISTINCT FROM $19::text
  RETURNING "id"
), inbound AS (
  INSERT INTO "Message" ("conversationId", "direction", "externalId", "text", "payload", "intent", "confidence", "createdAt")
  SELECT conv."id", $8, $9, $10, $11::jsonb, $12, $13::float8, ($5::timestamptz AT TIME ZONE 'UTC') FROM conv
  RETURNING "id"
), replies AS (
  INSERT INTO "Message" ("conversationId", "direction", "text", "payload", "intent", "deliveredAt", "createdAt")
  SELECT conv."id", 'bot', r.item->'reply'->>'text',
         jsonb_build_object('reply', r.item->'reply', 'inReplyTo', inbound."id"::text),
         r.item->>'intent',
         CASE WHEN $14::boolean THEN ($5::timestamptz AT TIME ZONE 'UTC') END,
         ($5::timestamptz AT TIME ZONE 'UTC')
  FROM conv, inbound, jsonb_array_elements($15::jsonb) WITH ORDINALITY AS r(item, ord)
  ORDER BY r.ord
  RETURNING "id"
), events AS (
  INSERT INTO "AnalyticsEvent" ("kind", "channel", "intent", "actionIds", "province", "formId", "step", "value", "createdAt")
  SELECT e->>'kind', $16, e->>'intent',
         ARRAY(SELECT jsonb_array_elements_text(COALESCE(e->'actionIds', '[]'::jsonb))),
         e->>'province', e->>'formId', e->>'step', (e->>'value')::float8, ($5::timestamptz AT TIME ZONE 'UTC')
  FROM conv, jsonb_array_elements($17::jsonb) AS e
  RETURNING 1
)
SELECT (SELECT "id"::text FROM inbound) AS "inboundId",
       ARRAY(SELECT replies."id"::text FROM replies ORDER BY replies."id") AS "replyIds",
       (SELECT count(*) FROM events)::int AS "events"`;

const ResultRowSchema = z.object({
  inboundId: z.string().nullable(),
  replyIds: z.array(z.string()),
  events: z.number().int(),
});

/** Whether a turn's writes fit the one-statement commit. */
export function fitsOneStatement(commit: TurnCommit): boolean {
  return commit.writes.every((write) => write.kind === "analytics" || write.kind === "territory");
}

/** Throws the driver's unique violation on a repeated externalId (saveTurn maps it). */
export async function commitTurnInOneStatement(db: Database, commit: TurnCommit): Promise<CommitOutcome> {
  let territory: { province: string; atsId: string | null } | undefined;
  const events: unknown[] = [];
  for (const write of commit.writes) {
    if (write.kind === "territory") territory = { province: write.province, atsId: write.atsId ?? null };
    else if (write.kind === "analytics") events.push(write.event);
    else throw new Error(`commitTurnInOneStatement cannot store a ${write.kind} write`);
  }
  const { inbound } = commit;
  const rows = await db.sql.query(
    COMMIT_SQL,
    [
      commit.conversationId,
      commit.expectedVersion,
      JSON.stringify(commit.state),
      commit.lang,
      commit.now.toISOString(),
      territory?.province ?? null,
      territory?.atsId ?? null,
      inbound.direction,
      inbound.externalId ?? null,
      inbound.text,
      inbound.direction === "system" ? JSON.stringify({ event: "start" }) : null,
      inbound.intent ?? null,
      inbound.confidence ?? null,
      CHANNEL_DELIVERY[commit.channel] === "pull",
      JSON.stringify(commit.replies.map((reply) => ({ reply, intent: reply.channelData.intent ?? null }))),
      commit.channel,
      JSON.stringify(events),
      commit.expectedHandoff.status,
      commit.expectedHandoff.assignedStaffId ?? null,
    ],
    "conciliabot_commit_turn",
  );
  const result = ResultRowSchema.parse(rows[0]);
  if (result.inboundId === null) return { kind: "conflict" };
  if (result.replyIds.length !== commit.replies.length || result.events !== events.length) {
    throw new Error(`turn of ${commit.conversationId} stored partially: a bug in COMMIT_SQL`);
  }
  const inboundId = result.inboundId;
  return {
    kind: "committed",
    inboundId,
    inbound: toStoredInbound(commit.conversationId, inboundId, inbound, commit.now),
    // Ids follow the insertion order, which is the order of the replies (lengths checked above).
    replies: result.replyIds.map((id, index) => {
      const reply = commit.replies[index];
      if (reply === undefined) throw new Error(`turn of ${commit.conversationId}: reply ${id} has no source`);
      return {
        id,
        conversationId: commit.conversationId,
        direction: "bot",
        text: reply.text,
        reply,
        createdAt: commit.now,
      };
    }),
  };
}
