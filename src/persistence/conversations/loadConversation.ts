import { z } from "zod";
import type { ConversationRecord } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { toConversationRecord } from "./toConversationRecord.ts";

/** The row's shape; toConversationRecord checks the values (channel, language, handoff). */
const ConversationRowSchema = z.object({
  id: z.string(),
  channel: z.string(),
  externalKey: z.string(),
  lang: z.string(),
  state: z.unknown(),
  version: z.number().int(),
  handoffStatus: z.string(),
  assignedStaffId: z.string().nullable(),
  address: z.unknown(),
  lastActivityAt: z.date(),
});

/** Read at the start of a turn: one plain query by primary key, without the ORM's overhead. */
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
  return rows[0] === undefined ? undefined : toConversationRecord(ConversationRowSchema.parse(rows[0]));
}
