import { z } from "zod";
import { CHANNEL_DELIVERY } from "../../content/ids.ts";
import type { CommitOutcome, TurnCommit } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { toStoredInbound } from "./toStoredInbound.ts";

/**
 * Turns whose only effects are analytics and territory, of different conversations, as one
 * statement of data-modifying CTEs: for each turn the state update (optimistic check of version and
 * handoff, which also takes the row lock), the inbound message, the replies and the events. A
 * statement is atomic on its own, so each turn is the same all-or-nothing commit as saveTurn's
 * transaction, in one round trip for all of them. A turn whose version or handoff no longer matches
 * inserts nothing and comes back as a conflict, without touching the others; a repeated externalId
 * fails the whole statement (createTurnBatcher then commits the turns one by one).
 * The replies are not announced here (the service publishes them once the turn is stored): a
 * transaction that NOTIFYs holds a lock of the whole PostgreSQL cluster from its NOTIFY until its
 * commit is flushed to disk, so turns that announced in their own commit were committed one at a
 * time, never flushed together (measured on PostgreSQL 15 with 16 connections: 183–365 commits/s
 * with the NOTIFY against 1,719–2,253 without; a NOTIFY alone, 3,800–5,500/s).
 */
const COMMIT_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS t(
    "i" int, "conversationId" text, "expectedVersion" int, "state" jsonb, "lang" text, "at" timestamptz,
    "province" text, "atsId" text, "direction" text, "externalId" text, "text" text, "payload" jsonb,
    "intent" text, "confidence" float8, "delivered" boolean, "replies" jsonb, "channel" text,
    "events" jsonb, "handoff" text, "staffId" text)
), conv AS (
  UPDATE "Conversation" c
  SET "state" = t."state", "lang" = t."lang", "version" = c."version" + 1,
      "lastActivityAt" = (t."at" AT TIME ZONE 'UTC'), "updatedAt" = (t."at" AT TIME ZONE 'UTC'),
      "province" = COALESCE(t."province", c."province"), "atsId" = COALESCE(t."atsId", c."atsId")
  FROM input t
  WHERE c."id" = t."conversationId" AND c."version" = t."expectedVersion"
    AND CASE WHEN t."handoff" = 'none' THEN c."handoffStatus" NOT IN ('queued', 'with_staff')
             ELSE c."handoffStatus" = t."handoff" END
    AND c."assignedStaffId" IS NOT DISTINCT FROM t."staffId"
  RETURNING c."id", t."i"
), inbound AS (
  INSERT INTO "Message" ("conversationId", "direction", "externalId", "text", "payload", "intent", "confidence", "createdAt")
  SELECT conv."id", t."direction", t."externalId", t."text", t."payload", t."intent", t."confidence",
         (t."at" AT TIME ZONE 'UTC')
  FROM conv JOIN input t ON t."i" = conv."i"
  ORDER BY t."i"
  RETURNING "id", "conversationId"
), replies AS (
  INSERT INTO "Message" ("conversationId", "direction", "text", "payload", "intent", "deliveredAt", "createdAt")
  SELECT conv."id", 'bot', r.item->'reply'->>'text',
         jsonb_build_object('reply', r.item->'reply', 'inReplyTo', inbound."id"::text),
         r.item->>'intent',
         CASE WHEN t."delivered" THEN (t."at" AT TIME ZONE 'UTC') END,
         (t."at" AT TIME ZONE 'UTC')
  FROM conv JOIN input t ON t."i" = conv."i" JOIN inbound ON inbound."conversationId" = conv."id",
       jsonb_array_elements(t."replies") WITH ORDINALITY AS r(item, ord)
  ORDER BY t."i", r.ord
  RETURNING "id", "conversationId"
), events AS (
  INSERT INTO "AnalyticsEvent" ("kind", "channel", "intent", "actionIds", "province", "formId", "step", "value", "createdAt")
  SELECT e->>'kind', t."channel", e->>'intent',
         ARRAY(SELECT jsonb_array_elements_text(COALESCE(e->'actionIds', '[]'::jsonb))),
         e->>'province', e->>'formId', e->>'step', (e->>'value')::float8, (t."at" AT TIME ZONE 'UTC')
  FROM conv JOIN input t ON t."i" = conv."i", jsonb_array_elements(t."events") AS e
  RETURNING 1
)
SELECT t."i" AS "i",
       (SELECT inbound."id"::text FROM inbound WHERE inbound."conversationId" = t."conversationId") AS "inboundId",
       ARRAY(SELECT replies."id"::text FROM replies WHERE replies."conversationId" = t."conversationId"
             ORDER BY replies."id") AS "replyIds",
       (SELECT count(*) FROM events)::int AS "events"
FROM input t
ORDER BY t."i"`;

const ResultRowSchema = z.object({
  i: z.number().int(),
  inboundId: z.string().nullable(),
  replyIds: z.array(z.string()),
  events: z.number().int(),
});
/** Made once: building a zod schema costs more than parsing a statement's few rows with it. */
const ResultRowsSchema = z.array(ResultRowSchema);

/** Whether a turn's writes fit the one-statement commit. */
export function fitsOneStatement(commit: TurnCommit): boolean {
  return commit.writes.every((write) => write.kind === "analytics" || write.kind === "territory");
}

/**
 * Commits turns of distinct conversations together; one outcome per turn, in order. Throws the
 * driver's error (a unique violation on a repeated externalId among them) for all of them.
 */
export async function commitTurnsInOneStatement(
  db: Database,
  commits: readonly TurnCommit[],
): Promise<CommitOutcome[]> {
  const conversations = new Set(commits.map((commit) => commit.conversationId));
  if (conversations.size !== commits.length) {
    throw new Error("commitTurnsInOneStatement: two turns of one conversation in one statement");
  }
  const turns = commits.map((commit, i) => toInputRow(commit, i));
  const rows = ResultRowsSchema.parse(
    await db.sql.query(COMMIT_SQL, [JSON.stringify(turns)], "conciliabot_commit_turns"),
  );
  const outcomes = commits.map((commit, i): CommitOutcome => {
    const row = rows[i];
    if (row?.i !== i) throw new Error(`turn ${i} of a commit has no result row: a bug in COMMIT_SQL`);
    if (row.inboundId === null) return { kind: "conflict" };
    if (row.replyIds.length !== commit.replies.length) {
      throw new Error(`turn of ${commit.conversationId} stored partially: a bug in COMMIT_SQL`);
    }
    return committed(commit, row.inboundId, row.replyIds);
  });
  const expectedEvents = commits
    .filter((_, i) => outcomes[i]?.kind === "committed")
    .reduce((sum, commit) => sum + eventsOf(commit).length, 0);
  if ((rows[0]?.events ?? 0) !== expectedEvents) {
    throw new Error(`turns stored without all their analytics events: a bug in COMMIT_SQL`);
  }
  return outcomes;
}

/** One turn as a row of the statement's `input`. */
function toInputRow(commit: TurnCommit, i: number) {
  let territory: { province: string; atsId: string | null } | undefined;
  for (const write of commit.writes) {
    if (write.kind === "territory") territory = { province: write.province, atsId: write.atsId ?? null };
    else if (write.kind !== "analytics")
      throw new Error(`commitTurnsInOneStatement cannot store a ${write.kind} write`);
  }
  const { inbound } = commit;
  return {
    i,
    conversationId: commit.conversationId,
    expectedVersion: commit.expectedVersion,
    state: commit.state,
    lang: commit.lang,
    at: commit.now.toISOString(),
    province: territory?.province ?? null,
    atsId: territory?.atsId ?? null,
    direction: inbound.direction,
    externalId: inbound.externalId ?? null,
    text: inbound.text,
    payload: inbound.direction === "system" ? { event: "start" } : null,
    intent: inbound.intent ?? null,
    confidence: inbound.confidence ?? null,
    delivered: CHANNEL_DELIVERY[commit.channel] === "pull",
    replies: commit.replies.map((reply) => ({ reply, intent: reply.channelData.intent ?? null })),
    channel: commit.channel,
    events: eventsOf(commit),
    handoff: commit.expectedHandoff.status,
    staffId: commit.expectedHandoff.assignedStaffId ?? null,
  };
}

function eventsOf(commit: TurnCommit): unknown[] {
  return commit.writes.flatMap((write) => (write.kind === "analytics" ? [write.event] : []));
}

function committed(commit: TurnCommit, inboundId: string, replyIds: readonly string[]): CommitOutcome {
  return {
    kind: "committed",
    inboundId,
    inbound: toStoredInbound(commit.conversationId, inboundId, commit.inbound, commit.now),
    // Ids follow the insertion order, which is the order of the replies (lengths checked above).
    replies: replyIds.map((id, index) => {
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
