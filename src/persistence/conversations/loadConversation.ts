import { z } from "zod";
import { ChannelSchema, LangSchema } from "../../conversation/ids.ts";
import type { ConversationRecord } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";

const HandoffStatusSchema = z.enum(["none", "queued", "with_staff"]).catch("none");

const ConversationRowSchema = z.object({
  id: z.string(),
  channel: ChannelSchema,
  externalKey: z.string(),
  lang: LangSchema.catch("it"),
  state: z.unknown(),
  version: z.number().int(),
  handoffStatus: HandoffStatusSchema,
  assignedStaffId: z.string().nullable(),
  address: z.unknown(),
  lastActivityAt: z.date(),
});

/** Read at the start of every turn: one plain query by primary key, without the ORM's overhead. */
export async function loadConversation(
  db: Database,
  conversationId: string,
): Promise<ConversationRecord | undefined> {
  const rows = await db.sql.query(
    `SELECT "id", "channel", "externalKey", "lang", "state", "version", "handoffStatus", "assignedStaffId",
       "address", ("lastActivityAt" AT TIME ZONE 'UTC') AS "lastActivityAt"
     FROM "Conversation" WHERE "id" = $1`,
    [conversationId],
    "conciliabot_load_conversation",
  );
  if (rows[0] === undefined) return undefined;
  const row = ConversationRowSchema.parse(rows[0]);
  return {
    id: row.id,
    channel: row.channel,
    externalKey: row.externalKey,
    lang: row.lang,
    state: row.state,
    version: row.version,
    handoff: row.handoffStatus,
    ...(row.assignedStaffId === null ? {} : { assignedStaffId: row.assignedStaffId }),
    ...(row.address === null || row.address === undefined ? {} : { address: row.address }),
    lastActivityAt: row.lastActivityAt,
  };
}
