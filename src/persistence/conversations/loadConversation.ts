import type { ConversationRecord } from "../../conversation/ports/ConversationStore.ts";
import type { Database } from "../Database.ts";
import { toConversationRecord } from "./toConversationRecord.ts";

export async function loadConversation(
  db: Database,
  conversationId: string,
): Promise<ConversationRecord | undefined> {
  const row = await db.prisma.conversation.findUnique({ where: { id: conversationId } });
  return row === null ? undefined : toConversationRecord(row);
}
