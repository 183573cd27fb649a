import type { StoredMessage } from "../../conversation/ports/ConversationGateway.ts";
import type { Database } from "../Database.ts";
import { MessageRowSchema, messageColumns } from "./MessageRowSchema.ts";
import { toStoredMessage } from "./toStoredMessage.ts";

/**
 * A conversation's messages after a watermark, oldest first. Channel events and erased messages
 * (empty text) are left out; ids stay monotonic, so watermarks still work. Every open Web Chat
 * reads this after each turn, so it is one plain indexed query, without the ORM's overhead.
 */
export async function listMessages(
  db: Database,
  conversationId: string,
  afterId?: string,
  limit = 100,
): Promise<StoredMessage[]> {
  const after = afterId !== undefined && /^\d{1,19}$/.test(afterId) ? afterId : "0";
  const rows = await db.sql.query(
    `SELECT ${messageColumns} FROM "Message"
     WHERE "conversationId" = $1 AND "id" > $2::bigint AND "text" <> ''
     ORDER BY "Message"."id" ASC LIMIT $3`,
    [conversationId, after, Math.min(Math.max(Math.trunc(limit), 1), 1000)],
    "conciliabot_list_messages",
  );
  return rows.map((row) => toStoredMessage(MessageRowSchema.parse(row)));
}
